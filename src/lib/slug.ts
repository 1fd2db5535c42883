/** A slug: lowercase ASCII words joined by hyphens (a sheet's file name and permanent address). */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A readable ASCII anchor or slug from French text: « État d’avancée » → « etat-d-avancee ». */
export function slugify(texte: string): string {
  return texte
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
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
