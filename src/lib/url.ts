/** A site path under the deployment base: `chemin('/pratiques-emergentes/', 'pratiques/x/')`. */
export function chemin(base: string, cible = ''): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + cible.replace(/^\/+/, '');
}

/** Path helpers bound to this build's base. */
export const href = (cible = '') => chemin(import.meta.env.BASE_URL, cible);
export const hrefFiche = (slug: string) => href(`pratiques/${slug}/`);
export const hrefThematique = (slug: string) => href(`thematiques/${slug}/`);

/** Added by the search to a result's address; the page then highlights these words (src/lib/surlignage.ts). */
export const PARAM_SURLIGNAGE = 'surligner';
