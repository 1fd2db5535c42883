// What the fiche contract says, read from the schema itself rather than retyped in the tests.
import { fiche } from '../../src/schema/fiche.ts';
import { SECTIONS } from '../../src/schema/vocabulaire.ts';

const champs = Object.entries(fiche.shape) as [string, { safeParse(v: unknown): { success: boolean; data?: unknown } }][];

/** Frontmatter fields a sheet must have, in the contract's order. */
export const OBLIGATOIRES = champs.filter(([, s]) => !s.safeParse(undefined).success).map(([k]) => k);
/** Fields that may be left out and then take a default value, with that value. */
export const PAR_DEFAUT = Object.fromEntries(
  champs
    .map(([k, s]) => [k, s.safeParse(undefined)] as const)
    .filter(([, r]) => r.success && r.data !== undefined)
    .map(([k, r]) => [k, r.data]),
);

/** Bounds the contract sets: lengths of the title and summary, first year of start. */
const longueurs = (s: unknown) => s as { minLength: number; maxLength: number };
export const BORNES = {
  titre: { min: longueurs(fiche.shape.titre).minLength, max: longueurs(fiche.shape.titre).maxLength },
  resume: { min: longueurs(fiche.shape.resume).minLength, max: longueurs(fiche.shape.resume).maxLength },
  anneeMin: (fiche.shape.annee as unknown as { unwrap(): { minValue: number } }).unwrap().minValue,
};

/** Titles of the body's sections, in order, and of those that are required. */
export const TITRES_SECTIONS = SECTIONS.map((s) => s.titre);
export const SECTIONS_REQUISES = SECTIONS.filter((s) => s.requise).map((s) => s.titre);
