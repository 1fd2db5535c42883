// The fiche contract (../shared/design/fiche.md) as ONE plain-zod module, imported by
// src/content.config.ts, the scripts and the tests alike.
import { z } from 'zod';
import {
  ECHELLES, ETATS, EVALUATIONS, NATURES, PARTICIPATIONS, PAYS, PUBLICS, THEMATIQUES, TYPES_ACTEURS,
  type Vocabulaire,
} from './vocabulaire.ts';
import { SLUG } from '../lib/slug.ts';

export { SLUG };

const valeurs = <T extends Vocabulaire>(v: T) =>
  z.enum(Object.keys(v) as [keyof T & string, ...(keyof T & string)[]]);

/** INSEE département codes: 01–19, 21–95, 2A, 2B, 971–976. */
export const DEPARTEMENT = /^(?:0[1-9]|1\d|2[1-9AB]|[3-8]\d|9[0-5]|97[1-6])$/;

export const thematique = valeurs(THEMATIQUES);
export const nature = valeurs(NATURES);
export const pays = valeurs(PAYS);
export const echelle = valeurs(ECHELLES);
export const typeActeur = valeurs(TYPES_ACTEURS);
export const publicCible = valeurs(PUBLICS);
export const etat = valeurs(ETATS);
export const evaluation = valeurs(EVALUATIONS);
export const participation = valeurs(PARTICIPATIONS);

export const slug = z.string().regex(SLUG, {
  error: 'un identifiant en minuscules sans accents, mots reliés par des tirets (ex. « conferences-familiales-ardeche »)',
});
const texte = z.string().trim().min(1, { error: 'ce texte ne doit pas être vide' });
const url = z.url({ protocol: /^https?$/, error: 'une adresse web complète commençant par https://' });
const annee = (max: number) => z.number().int().min(1950).max(max);
// YAML may hand over an unquoted date as a Date: normalise it, then require a real calendar day.
const dateIso = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z.iso.date({ error: 'une date réelle au format AAAA-MM-JJ (ex. 2026-11-21)' }),
);
const sansDoublon = <T>(liste: T[]) => new Set(liste).size === liste.length;
const uniques = <S extends z.ZodType>(item: S) =>
  z.array(item).refine(sansDoublon, { error: 'une même valeur est répétée' });

export const source = z.strictObject({
  titre: texte,
  auteur: texte,
  annee: annee(new Date().getFullYear()).optional(),
  reference: texte.optional(),
  url: url.optional(),
});

export const lien = z.strictObject({ titre: texte, url });

export const territoire = z
  .strictObject({
    libelle: texte,
    pays: uniques(pays).min(1, { error: 'au moins un pays : France, Belgique ou Suisse' }),
    departements: uniques(
      z.string().regex(DEPARTEMENT, { error: 'un code INSEE de département, entre guillemets (ex. "07", "2A", "974")' }),
    ).default([]),
    echelle,
  })
  .refine((t) => t.departements.length === 0 || t.pays.includes('France'), {
    error: 'des départements ne sont possibles que si « pays » contient France',
    path: ['departements'],
  });

/**
 * The frontmatter of a practice sheet. `fichesLiees` holds slugs; Astro passes `reference('pratiques')`
 * as `cible` so that the same schema yields references in the content collection.
 */
export function ficheSchema<L extends z.ZodType = typeof slug>(cible: L = slug as unknown as L, anneeMax = new Date().getFullYear()) {
  return z
    .strictObject({
      titre: z.string().trim().min(5).max(120),
      resume: z.string().trim().min(40).max(320),
      thematique,
      thematiquesAssociees: uniques(thematique).default([]),
      nature,
      territoire,
      annee: annee(anneeMax).nullable(),
      anneeTexte: texte.optional(),
      porteurs: z.array(texte).min(1),
      typesActeurs: uniques(typeActeur).min(1),
      partenaires: z.array(texte).default([]),
      publics: uniques(publicCible).min(1),
      publicsTexte: texte.optional(),
      etat,
      evaluation: uniques(evaluation).min(1),
      participation: uniques(participation).default([]),
      motsCles: z.array(texte).default([]),
      sources: z.array(source).min(1),
      liens: z.array(lien).default([]),
      fichesLiees: uniques(cible).default([]),
      miseAJour: dateIso,
      anciensSlugs: uniques(slug).default([]),
    })
    .refine((f) => !f.thematiquesAssociees.includes(f.thematique), {
      error: 'ne doit pas répéter la thématique principale',
      path: ['thematiquesAssociees'],
    })
    .refine((f) => f.evaluation.length === 1 || !f.evaluation.some((e) => e === 'non-renseignee' || e === 'aucune'), {
      error: '« non-renseignee » et « aucune » s’emploient seuls',
      path: ['evaluation'],
    });
}

export const fiche = ficheSchema();
export type Fiche = z.output<typeof fiche>;

/** A theme page (content/thematiques/<slug>.mdx); its file name is a `thematique` value. */
export const thematiquePage = z.strictObject({
  titre: z.string().trim().min(3).max(120),
  resume: z.string().trim().min(40).max(320),
  ordre: z.number().int().min(1),
  references: z.array(z.strictObject({ auteur: texte, titre: texte, annee: annee(new Date().getFullYear()).optional() })).default([]),
});
export type ThematiquePage = z.output<typeof thematiquePage>;

/** One glossary entry (content/glossaire.json). */
export const sigle = z.strictObject({
  sigle: texte,
  variantes: z.array(texte).default([]),
  developpe: texte,
  definition: texte,
});
export type Sigle = z.output<typeof sigle>;
