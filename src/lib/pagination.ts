// Listings cut into pages of bounded size, whatever the catalogue's: page 1 at the listing's own address,
// page n at `<address>page-n/` (a bare number would collide with the départements of territoires/france/,
// « 13 » being the Bouches-du-Rhône). A sheet's page depends only on its rank in the listing's order.

/**
 * Sheets per page. A card is about 0.6 KB of HTML and a table row 0.3 KB (measured at 1,000 sheets), over
 * 10 to 25 KB of page around them: 50 keep a listing under 60 KB, far under the 100 KB every page must stay
 * under. Also the length above which the timeline counts sheets instead of listing them.
 */
export const FICHES_PAR_PAGE = 50;

export interface Page<T> {
  /** From 1. */
  numero: number;
  total: number;
  elements: T[];
  /** The rank of its first element in the whole listing, from 0. */
  debut: number;
}

/** The pages of a listing; an empty listing still has its page 1. */
export function paginer<T>(elements: readonly T[], taille = FICHES_PAR_PAGE): Page<T>[] {
  if (!Number.isInteger(taille) || taille < 1) throw new RangeError(`taille de page invalide : ${taille}`);
  const total = Math.max(1, Math.ceil(elements.length / taille));
  return Array.from({ length: total }, (_, i) => ({
    numero: i + 1,
    total,
    elements: elements.slice(i * taille, (i + 1) * taille),
    debut: i * taille,
  }));
}

/** The `[...page]` route parameter of a page: none for page 1, which keeps the listing's address. */
export const parametrePage = (numero: number) => (numero === 1 ? undefined : `page-${numero}`);

/** The address of page `numero` of the listing at `adresse` (which ends with `/`). */
export const cheminPage = (adresse: string, numero: number) => (numero === 1 ? adresse : `${adresse}${parametrePage(numero)}/`);

/** A name a sheet cannot take: the address of a page of /pratiques/. */
export const estSegmentPage = (nom: string) => /^page-\d+$/.test(nom);

/** The segments of the pages after the first that listings of at most `n` elements can have: a `[...page]` segment's values. */
export const segmentsSuivants = (n: number, taille = FICHES_PAR_PAGE) =>
  paginer(Array.from({ length: n }), taille)
    .slice(1)
    .map((p) => parametrePage(p.numero)!);

/**
 * The page numbers a pagination shows: the first, the last, and those around the current one, with
 * `null` for each gap (1 … 4 5 6 7 8 … 20): a bounded list however many pages there are.
 */
export function numerosAffiches(numero: number, total: number, voisins = 2): (number | null)[] {
  const gardes = new Set([1, total]);
  for (let n = numero - voisins; n <= numero + voisins; n++) if (n >= 1 && n <= total) gardes.add(n);
  const tries = [...gardes].sort((a, b) => a - b);
  // A gap of one page shows that page rather than an ellipsis that would hide it.
  return tries.flatMap((n, i) => {
    const avant = tries[i - 1];
    if (avant === undefined || n === avant + 1) return [n];
    return n === avant + 2 ? [avant + 1, n] : [null, n];
  });
}

/** A page's title: the listing's, with its page number after page 1. */
export const titrePage = (titre: string, p: Pick<Page<unknown>, 'numero' | 'total'>) =>
  p.numero === 1 ? titre : `${titre}, page ${p.numero} sur ${p.total}`;

/** A paginated listing's entries for getStaticPaths: its own parameters and props, and each page under `page`. */
export const routesPaginees = <T, P extends object, Q extends object>(elements: readonly T[], taille: number, params: P, props: Q) =>
  paginer(elements, taille).map((page) => ({ params: { ...params, page: parametrePage(page.numero) }, props: { ...props, page } }));
