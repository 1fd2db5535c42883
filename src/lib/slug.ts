import { sansAccents } from './format.ts';

/** A slug: lowercase ASCII words joined by hyphens (a sheet's file name and permanent address). */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The slug rule, in the words every message uses. */
export const REGLE_SLUG = 'minuscules sans accents, mots reliés par des tirets';
export const EXEMPLE_SLUG = 'conferences-familiales-ardeche';
/** A sheet's file name is at most this long, cut between words. */
export const LONGUEUR_SLUG = 60;

/** The file name proposed for a title: readable, cut between words (the form and the scaffold alike). */
export function slugPropose(titre: string): string {
  const s = slugify(titre);
  return s.length <= LONGUEUR_SLUG ? s : s.slice(0, LONGUEUR_SLUG + 1).replace(/-[^-]*$/, '');
}

/** A readable ASCII anchor or slug from French text: « État d’avancée » → « etat-d-avancee ». */
export function slugify(texte: string): string {
  return sansAccents(texte)
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Gives each heading a unique anchor, suffixing repeats (-2, -3…) as trainers' links must stay stable. */
export function createAnchorer(): (texte: string) => string {
  const vus = new Map<string, number>();
  return (texte) => {
    const base = slugify(texte) || 'section';
    const n = (vus.get(base) ?? 0) + 1;
    vus.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  };
}
