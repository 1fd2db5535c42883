// The list files of content/ — the glossary and the synonym table — read and checked against their
// schemas (the verifier reports their problems; the build takes their entries only when valid).
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { sigle, synonymes, type Sigle, type Synonymes } from '../schema/fiche.ts';
import { verifierDonnees, type Probleme } from './controles.ts';
import { lireYaml, normaliserTexte } from './frontmatter.ts';
import { cleTerme } from './synonymes.ts';

export const FICHIER_GLOSSAIRE = 'glossaire.json';
export const FICHIER_SYNONYMES = 'synonymes.json';

/**
 * A list file of content/ (glossary, synonyms) against its schema, with each key once (`cles` gives an
 * entry's keys, read from the file as it is, `deja` the message for a repeat); its entries with their defaults when it is valid.
 * A catalogue may have no such file.
 */
function verifierListe<T>(
  chemin: string,
  base: string,
  schema: z.ZodType<T>,
  cles: (e: Record<string, unknown>) => { cle: string; nom: string; champ: (string | number)[]; libelle: string }[],
  deja: (nom: string) => string,
): { problemes: Probleme[]; entrees: T[] } {
  if (!existsSync(chemin)) return { problemes: [], entrees: [] };
  const fichier = relative(base, chemin);
  const brut = lireYaml(normaliserTexte(readFileSync(chemin, 'utf8')));
  const v = verifierDonnees(fichier, brut, z.array(schema));
  const entrees = (v.donnees ?? []) as T[];
  // Repeats are looked for in every entry that reads as one, so that they are told with the other problems.
  const vues = new Set<string>();
  (Array.isArray(brut.data) ? (brut.data as unknown[]) : []).forEach((e, i) => {
    for (const { cle, nom, champ, libelle } of cles((e ?? {}) as Record<string, unknown>)) {
      if (vues.has(cle))
        v.problemes.push({ fichier, ligne: v.ligne([i, ...champ]), champ: `[${i}].${champ.join('.')}`, libelle, message: deja(nom) });
      vues.add(cle);
    }
  });
  return { problemes: v.problemes, entrees: v.problemes.length ? [] : entrees };
}

export const verifierGlossaire = (racine: string, base: string) =>
  verifierListe(
    join(racine, FICHIER_GLOSSAIRE),
    base,
    sigle,
    (s) => (typeof s.sigle === 'string' ? [{ cle: s.sigle, nom: s.sigle, champ: ['sigle'], libelle: 'Sigle' }] : []),
    (nom) => `le sigle « ${nom} » est déjà expliqué plus haut`,
  );

export const verifierSynonymes = (racine: string, base: string) =>
  verifierListe(
    join(racine, FICHIER_SYNONYMES),
    base,
    synonymes,
    (g) =>
      (Array.isArray(g.termes) ? g.termes : []).flatMap((t, j) =>
        typeof t === 'string' && cleTerme(t) ? [{ cle: cleTerme(t), nom: t, champ: ['termes', j], libelle: 'Termes' }] : [],
      ),
    (nom) =>
      `le terme « ${nom} » figure déjà, au pluriel, aux accents ou aux tirets près, dans un autre groupe ou plus haut dans celui-ci : réunissez-les`,
  );

/** The glossary's entries for the build (none when it is invalid: the verifier then stops the build). */
export const lireGlossaire = (racine: string): Sigle[] => verifierGlossaire(racine, racine).entrees;

/** The synonym table for the build (none when it is invalid). */
export const lireSynonymes = (racine: string): Synonymes[] => verifierSynonymes(racine, racine).entrees;
