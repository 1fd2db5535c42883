// The search index in slices: Pagefind's cost per search grows with the square of the pages a word is
// found on (it scans every matching page's words for each result), so a large catalogue is indexed as
// several small Pagefind indexes, searched together (mergeIndex). Sorting is then done here, from the
// sort values written beside the index, since Pagefind ranks sorted results within each slice only.
import type { OptionsPagefind, Pagefind, ResultatPagefind, TriPagefind } from './pagefind.ts';

/** Pages per slice: few enough that a word on every page stays quick to rank. */
export const PAGES_PAR_TRANCHE = 400;
/** Beside the first slice (pagefind/): the folders of the other slices, relative to it. */
export const FICHIER_TRANCHES = 'tranches.json';
/** Beside the first slice: each page's sort values (data-pagefind-sort), by Pagefind page id. */
export const FICHIER_TRIS = 'tris.json';

export interface Tranches {
  /** Folders of the slices after the first, relative to pagefind/: `tranche-1/`… */
  autres: string[];
}

export interface ValeursTri {
  /** The sort keys, in the order of each page's values. */
  cles: string[];
  /** Page id → its value for each key, null when the page has none (it is then left out of that sort). */
  pages: Record<string, (number | null)[]>;
}

/**
 * Pagefind's word-index chunk, in its units (its default is 20,000): a query loads the chunk of each of its
 * words, in each slice. A tenth of the default makes chunks of a few kilobytes, and a slice's chunks are
 * as much smaller again, so that a query loads about as many bytes in all the slices as in one index.
 */
export const morceauIndex = (tranches: number) => Math.round(2_000 / tranches);

export const dossierTranche = (i: number) => `tranche-${i}/`;

/** The list of the other slices, beside the first at `dossier` (the address of pagefind/, with its `/`). */
export const lireTranches = (dossier: string): Promise<Tranches> => fetch(`${dossier}${FICHIER_TRANCHES}`).then((r) => r.json());

/**
 * The other slices searched together with the first, each with the first's options: otherwise their
 * results' addresses lack the base path and the highlight parameter.
 */
export async function fusionnerTranches(pf: Pagefind, dossier: string, { autres }: Tranches, options: OptionsPagefind): Promise<void> {
  await Promise.all(autres.map((d) => pf.mergeIndex(`${dossier}${d}`, options)));
}

/** Items dealt into slices of at most `taille`, one each in turn: each slice a sample of the whole, whose word statistics match. */
export function repartir<T>(elements: readonly T[], taille = PAGES_PAR_TRANCHE): T[][] {
  const n = Math.max(1, Math.ceil(elements.length / taille));
  const tranches: T[][] = Array.from({ length: n }, () => []);
  elements.forEach((e, i) => tranches[i % n]!.push(e));
  return tranches;
}

/** Sort values of a page's HTML, as Pagefind reads them: `<span data-pagefind-sort="annee">1992</span>`. */
export const trisDe = (html: string): Record<string, number> =>
  Object.fromEntries([...html.matchAll(/data-pagefind-sort="([^"]+)"[^>]*>([^<]*)</g)].map((m) => [m[1]!, Number(m[2])]));

/**
 * Results in the order of `tri`, as Pagefind's sort gives them: pages without the key left out, ties
 * in their relevance order.
 */
export function trier(resultats: readonly ResultatPagefind[], tri: TriPagefind, valeurs: ValeursTri): ResultatPagefind[] {
  const [cle, sens] = Object.entries(tri)[0] ?? [];
  const k = cle === undefined ? -1 : valeurs.cles.indexOf(cle);
  if (k < 0) return [...resultats];
  const signe = sens === 'desc' ? -1 : 1;
  const valeur = (r: ResultatPagefind) => valeurs.pages[r.id]?.[k] ?? null;
  return resultats.filter((r) => valeur(r) !== null).sort((a, b) => signe * (valeur(a)! - valeur(b)!));
}
