// The fiche contract (../shared/design/fiche.md) as ONE plain-zod module. Each field carries its own
// documentation and roles (`champ()`): the « En bref » box, the facets, the form, the scaffold, the CSV,
// the /contribuer/ table and the JSON Schema are all derived from it (see ./champs.ts).
import './sans-eval.ts';
import { z } from 'zod';
import { champ, valeurs } from './champs.ts';
import { ECHELLES, ETATS, EVALUATIONS, NATURES, NIVEAUX_PREUVE, PARTICIPATIONS, PAYS, PUBLICS, THEMATIQUES, TYPES_ACTEURS } from './vocabulaire.ts';
import { EXEMPLE_SLUG, REGLE_SLUG, SLUG } from '../lib/slug.ts';
import { compterMots, MOTS_MAX, PHRASES_MAX, PHRASES_MIN } from '../lib/facile.ts';

export { SLUG };

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
export const niveauPreuve = valeurs(NIVEAUX_PREUVE);

export const slug = z.string().regex(SLUG, { error: `${REGLE_SLUG} (ex. « ${EXEMPLE_SLUG} »)` });
const texte = z.string().trim().min(1, { error: 'ce texte ne doit pas être vide' });
const url = z.url({ protocol: /^https?$/, error: 'une adresse web complète commençant par https://' });
const annee = (max: number) => z.number().int().min(1950).max(max);
// YAML may hand over an unquoted date as a Date: normalise it, then require a real calendar day.
const dateIso = z.preprocess((v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v), z.iso.date({ error: 'une date réelle au format AAAA-MM-JJ (ex. 2026-11-21)' }));
const sansDoublon = <T>(liste: T[]) => new Set(liste).size === liste.length;
/** One sentence of the easy-to-read summary: short enough to be read in one breath. */
const phraseFacile = texte.refine((p) => compterMots(p) <= MOTS_MAX, {
  error: (iss) => `phrase de ${compterMots(String(iss.input))} mots : ${MOTS_MAX} au plus ; coupez-la en deux ou dites-la plus simplement`,
});
const uniques = <S extends z.ZodType>(item: S) => z.array(item).refine(sansDoublon, { error: 'une même valeur est répétée' });

const AUJOURDHUI = new Date().getFullYear();
/** Cross-field rules run even when other fields are wrong, so that every problem is told in one round. */
const toujours = () => true;
const liste = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export const source = z.strictObject({
  titre: champ(texte, { libelle: 'Titre du document', aide: 'le titre du rapport, de l’article ou de la page', exemple: 'Pratiques professionnelles émergentes', question: true }),
  auteur: champ(texte, { libelle: 'Auteur ou institution', aide: 'qui a écrit ou publié le document', exemple: 'Haut Conseil du travail social', question: true }),
  annee: champ(annee(AUJOURDHUI).optional(), { libelle: 'Année de publication', aide: 'l’année où le document a été publié', exemple: 2021 }),
  reference: champ(texte.optional(), { libelle: 'Référence', aide: 'où trouver la pratique dans le document', exemple: 'fiche n°1A, p. 35' }),
  url: champ(url.optional(), { libelle: 'Adresse web du document', aide: 'l’adresse publique du document, si elle existe', exemple: 'https://www.exemple.fr/rapport.pdf' }),
});

export const lien = z.strictObject({
  titre: champ(texte, { libelle: 'Nom du site', aide: 'le nom de l’institution ou du site', exemple: 'Site du département' }),
  url: champ(url, { libelle: 'Adresse du site', aide: 'l’adresse du site de l’institution (jamais un contact personnel)', exemple: 'https://www.exemple.fr/' }),
});

export const territoire = z
  .strictObject({
    libelle: champ(texte, { libelle: 'Territoire', aide: 'le territoire tel que la source l’écrit', exemple: 'Département de l’Ardèche', enBref: true, question: true }),
    pays: champ(uniques(pays).min(1, { error: 'au moins un pays : France, Belgique ou Suisse' }), {
      libelle: 'Pays',
      aide: 'le ou les pays où la pratique est menée',
      exemple: ['France'],
      enBref: true,
      facette: { rang: 3 },
      question: true,
    }),
    departements: champ(uniques(z.string().regex(DEPARTEMENT, { error: 'un code INSEE de département, entre guillemets (ex. "07", "2A", "974")' })).default([]), {
      libelle: 'Départements',
      aide: 'les codes INSEE des départements (07, 2A, 974…) ; vide hors de France',
      exemple: ['07'],
      enBref: true,
      facette: { rang: 5, cle: 'departement' },
      formulaire: { saisie: 'virgules' },
      question: true,
    }),
    echelle: champ(echelle, { libelle: 'Échelle', aide: 'à quelle échelle la pratique est menée', exemple: 'departement', enBref: true, facette: { rang: 8 }, question: true }),
  })
  .refine((t) => liste(t?.departements).length === 0 || liste(t?.pays).includes('France'), {
    error: 'des départements ne sont possibles que si « pays » contient France',
    path: ['departements'],
    when: toujours,
  });

/**
 * The frontmatter of a practice sheet. `fichesLiees` holds slugs; Astro passes `reference('pratiques')`
 * as `cible` so that the same schema yields references in the content collection.
 */
export function ficheSchema<L extends z.ZodType = typeof slug>(cible: L = slug as unknown as L, anneeMax = AUJOURDHUI) {
  return z
    .strictObject({
      titre: champ(z.string().trim().min(5).max(120), {
        libelle: 'Titre',
        aide: 'le nom de la pratique et, si possible, son lieu',
        exemple: 'Conférences familiales en Ardèche',
        question: true,
        formulaire: { groupe: 'La pratique' },
      }),
      resume: champ(z.string().trim().min(40).max(320), {
        libelle: 'Résumé',
        aide: 'une ou deux phrases simples qui disent quoi, pour qui, où',
        exemple: 'Une famille et ses proches se réunissent pour construire eux-mêmes un plan qui protège l’enfant.',
        question: true,
      }),
      facileALire: champ(z.array(phraseFacile).min(PHRASES_MIN).max(PHRASES_MAX), {
        libelle: 'En facile à lire',
        aide: `de ${PHRASES_MIN} à ${PHRASES_MAX} phrases courtes en mots courants (${MOTS_MAX} mots au plus chacune, chaque sigle écrit en toutes lettres), écrites d’après la fiche`,
        exemple: ['Une famille a un problème.', 'Elle invite ses proches à une réunion.', 'Ensemble, ils cherchent des solutions.', 'Ils écrivent un plan pour l’enfant.'],
        formulaire: { saisie: 'phrases' },
        question: true,
      }),
      thematique: champ(thematique, { libelle: 'Thématique', aide: 'la famille de pratiques à laquelle elle appartient', exemple: 'conferences-familiales', enBref: true, facette: { rang: 1 }, question: true }),
      thematiquesAssociees: champ(uniques(thematique).default([]), {
        libelle: 'Thématiques associées',
        aide: 'd’autres thématiques auxquelles elle se rattache, sans répéter la principale',
        exemple: ['pouvoir-d-agir'],
        enBref: true,
        facette: { rang: 1, cle: 'thematique' },
      }),
      nature: champ(nature, {
        libelle: 'Nature',
        aide: 'ce que décrit la fiche : un retour d’expérience, un programme, une approche ou une formation',
        exemple: 'retour-d-experience',
        enBref: true,
        facette: { rang: 7 },
        question: true,
      }),
      territoire: champ(territoire, { libelle: 'Territoire', aide: 'où la pratique est menée', formulaire: { groupe: 'Territoire et date' } }),
      annee: champ(annee(anneeMax).nullable(), {
        libelle: 'Année de démarrage',
        aide: 'l’année où la pratique a commencé ; laissée vide (null dans le fichier) si la source n’en donne pas',
        exemple: 2014,
        enBref: true,
        question: true,
      }),
      anneeTexte: champ(texte.optional(), { libelle: 'Année telle que la source l’écrit', aide: 'si la source dit plus qu’une année', exemple: 'Depuis 2014', enBref: true }),
      porteurs: champ(z.array(texte).min(1), {
        libelle: 'Porteurs',
        aide: 'qui a lancé ou porte la pratique',
        exemple: ['Conseil départemental de l’Ardèche'],
        enBref: true,
        question: true,
        formulaire: { groupe: 'Acteurs et publics' },
      }),
      typesActeurs: champ(uniques(typeActeur).min(1), { libelle: 'Types d’acteurs porteurs', aide: 'de quels types sont les porteurs', exemple: ['conseil-departemental'], enBref: true, question: true }),
      partenaires: champ(z.array(texte).default([]), { libelle: 'Partenaires', aide: 'les autres acteurs associés', exemple: ['Caisse d’allocations familiales'], enBref: true }),
      publics: champ(uniques(publicCible).min(1), { libelle: 'Publics', aide: 'les personnes à qui la pratique s’adresse', exemple: ['familles'], enBref: true, facette: { rang: 2 }, question: true }),
      publicsTexte: champ(texte.optional(), { libelle: 'Public tel que la source l’écrit', aide: 'si la source le précise', exemple: 'Familles dont un enfant est suivi en protection de l’enfance', enBref: true }),
      etat: champ(etat, {
        libelle: 'État d’avancée',
        aide: 'où en est la pratique selon la source',
        exemple: 'extension',
        enBref: true,
        facette: { rang: 6 },
        question: true,
        formulaire: { groupe: 'État, évaluation, participation' },
      }),
      evaluation: champ(uniques(evaluation).min(1), {
        libelle: 'Évaluation',
        aide: 'comment la pratique est évaluée ; « non-renseignee » et « aucune » s’emploient seuls',
        exemple: ['interne'],
        enBref: true,
        facette: { rang: 9 },
        question: true,
      }),
      participation: champ(uniques(participation).default([]), {
        libelle: 'Participation des personnes concernées',
        aide: 'comment les personnes accompagnées y prennent part ; vide si la source n’en dit rien',
        exemple: ['mise-en-oeuvre'],
        vide: 'Non signalée dans la source',
        facette: { rang: 10, vide: 'non-signalee' },
      }),
      questionsOuvertes: champ(texte.optional(), {
        libelle: 'Ce que l’on ne sait pas encore',
        aide: 'ce que les sources n’établissent pas encore : effets non mesurés, suites inconnues, évaluation attendue',
        exemple: 'La source ne donne pas encore de résultats mesurés sur les familles accompagnées.',
        vide: 'Non renseigné dans la source.',
      }),
      motsCles: champ(z.array(texte).default([]), {
        libelle: 'Autres termes',
        aide: 'synonymes, termes anglais ou sigles qu’un lecteur pourrait chercher',
        exemple: ['family group conference'],
        enBref: true,
        formulaire: { saisie: 'virgules' },
      }),
      sources: champ(z.array(source).min(1), {
        libelle: 'Sources',
        aide: 'les documents publics dont la fiche est tirée',
        formulaire: { groupe: 'Sources et liens' },
        csv: (s) => `${s.auteur} — ${s.titre}${s.reference ? ` (${s.reference})` : ''}`,
      }),
      liens: champ(z.array(lien).default([]), { libelle: 'Sites des porteurs', aide: 'les sites des institutions, jamais un contact personnel', csv: (l) => l.url }),
      fichesLiees: champ(uniques(cible).default([]), {
        libelle: 'Fiches liées',
        aide: 'les noms de fichier d’autres fiches du catalogue, sans « .mdx »',
        exemple: ['conferences-familiales-nord'],
        formulaire: { saisie: 'virgules' },
      }),
      miseAJour: champ(dateIso, { libelle: 'Dernière relecture', aide: 'la date où le contenu a été relu pour la dernière fois', exemple: '2026-11-21', auto: 'aujourdhui' }),
      anciensSlugs: champ(uniques(slug).default([]), { libelle: 'Anciens noms', aide: 'les anciennes adresses de la fiche, qui redirigent vers elle', exemple: ['conferences-familiales-en-ardeche'], formulaire: false }),
    })
    .refine((f) => !liste(f?.thematiquesAssociees).includes(f?.thematique), {
      error: 'ne doit pas répéter la thématique principale',
      path: ['thematiquesAssociees'],
      when: toujours,
    })
    .refine((f) => liste(f?.evaluation).length <= 1 || !liste(f?.evaluation).some((e) => e === 'non-renseignee' || e === 'aucune'), {
      error: '« non-renseignee » et « aucune » s’emploient seuls',
      path: ['evaluation'],
      when: toujours,
    });
}

export const fiche = ficheSchema();
export type Fiche = z.output<typeof fiche>;

/**
 * A record of /api/pratiques.json, as re-users read it: the sheet's slug and permanent address, its level
 * of evidence (derived, never written), then its frontmatter as the build reads it (defaults filled in,
 * `fichesLiees` as slugs). Its cross-field rules stay with the frontmatter: a record comes from a sheet
 * that passed them.
 */
export const pratiqueApi = z.strictObject({
  slug: champ(slug, { libelle: 'Identifiant (nom du fichier)', aide: 'le nom du fichier de la fiche sans « .mdx », fin de son adresse permanente', exemple: EXEMPLE_SLUG }),
  url: champ(url, { libelle: 'Adresse permanente', aide: 'l’adresse publique de la fiche', exemple: `https://exemple.org/pratiques/${EXEMPLE_SLUG}/` }),
  niveauPreuve: champ(niveauPreuve, {
    libelle: 'Niveau de preuve',
    aide: 'ce que l’on sait de la pratique, déduit de son évaluation et de son état d’avancée (règles sur /a-propos/#niveau-de-preuve)',
    exemple: 'documentee',
  }),
  ...fiche.shape,
  sections: champ(
    z
      .array(
        z.strictObject({
          titre: champ(texte, { libelle: 'Titre de la section', aide: 'le titre de la section (## dans le fichier)', exemple: 'Évaluation' }),
          ancre: champ(slug, { libelle: 'Ancre', aide: 'l’ancre de la section, à ajouter à l’adresse permanente après « # »', exemple: 'evaluation' }),
        }),
      )
      .default([]),
    {
      libelle: 'Sections',
      aide: 'les sections du texte de la fiche, dans l’ordre, chacune avec son ancre',
      // The body's outline, not metadata: the CSV keeps one line of metadata per sheet.
      csv: false,
    },
  ),
});
export type PratiqueApi = z.output<typeof pratiqueApi>;

/** A theme page (content/thematiques/<slug>.mdx); its file name is a `thematique` value. */
export const thematiquePage = z.strictObject({
  titre: champ(z.string().trim().min(3).max(120), { libelle: 'Titre', aide: 'le nom de la thématique', exemple: 'Les conférences familiales' }),
  resume: champ(z.string().trim().min(40).max(320), { libelle: 'Résumé', aide: 'une ou deux phrases qui présentent la thématique' }),
  ordre: champ(z.number().int().min(1), { libelle: 'Ordre', aide: 'le rang de la thématique dans les listes', exemple: 1 }),
  references: champ(
    z
      .array(
        z.strictObject({
          auteur: champ(texte, { libelle: 'Auteur', aide: 'qui a écrit la référence' }),
          titre: champ(texte, { libelle: 'Titre', aide: 'le titre de l’ouvrage ou de l’article' }),
          annee: champ(annee(AUJOURDHUI).optional(), { libelle: 'Année', aide: 'l’année de publication' }),
        }),
      )
      .default([]),
    { libelle: 'Références', aide: 'la bibliographie de la thématique' },
  ),
});
export type ThematiquePage = z.output<typeof thematiquePage>;

/** One glossary entry (content/glossaire.json). */
export const sigle = z.strictObject({
  sigle: champ(texte, { libelle: 'Sigle', aide: 'le sigle tel qu’il s’écrit', exemple: 'ASE' }),
  variantes: champ(z.array(texte).default([]), { libelle: 'Variantes', aide: 'les autres façons de l’écrire', exemple: ['A.S.E.'] }),
  developpe: champ(texte, { libelle: 'Forme développée', aide: 'le sigle en toutes lettres', exemple: 'Aide sociale à l’enfance' }),
  definition: champ(texte, { libelle: 'Définition', aide: 'une ou deux phrases qui l’expliquent' }),
});
export type Sigle = z.output<typeof sigle>;

/** One group of words that mean the same to a reader (content/synonymes.json): a sheet that uses one is found by all. */
export const synonymes = z.strictObject({
  termes: champ(z.array(texte).min(2, { error: 'au moins deux termes : le mot et ce qu’un lecteur peut taper à sa place' }), {
    libelle: 'Termes',
    aide: 'les mots, expressions, sigles et termes anglais équivalents ; un sigle en majuscules ne se reconnaît qu’en majuscules',
    exemple: ['sans-abri', 'sans domicile', 'SDF', 'homeless'],
  }),
  note: champ(texte.optional(), { libelle: 'Note', aide: 'pourquoi ces termes sont équivalents, ou leur limite' }),
});
export type Synonymes = z.output<typeof synonymes>;
