// The search index in slices: a large catalogue is indexed as several Pagefind indexes, searched
// together (mergeIndex), by several Pagefind modules at once in the browser, each in its own worker, so
// that each core ranks its share of the pages; the filters and sorts apply over them all (src/lib/filtres.ts).
import { FICHIER_PAGES, filtrer, type IndexCatalogue, type TablePages } from './filtres.ts';
import type { IndexPagefind, OptionsPagefind, Pagefind } from './pagefind.ts';

/**
 * Pages per slice. A query loads each word's index chunk in every slice, one request each, which is
 * most of its time at 5,000 sheets; but the Pagefind process indexing a slice holds all of it. Measured
 * in `npm run bench` at 10,000 sheets: 400 pages 631 ms a query, 1,250 382, 2,500 370 but a build
 * peaking at 4.2 GB instead of 2.3, 5,000 298 but 1.3 s for a word typed key by key.
 */
export const PAGES_PAR_TRANCHE = 1_250;
/** Beside the first slice (pagefind/): the folders of the other slices, relative to it. */
export const FICHIER_TRANCHES = 'tranches.json';
export interface Tranches {
  /** Folders of the slices after the first, relative to pagefind/: `tranche-1/`… */
  autres: string[];
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

/** Pagefind modules searching side by side, each in its own worker: one a core, no more than the slices. */
export const MOTEURS_MAX = 4;
export const nombreMoteurs = (tranches: number, coeurs: number) => Math.max(1, Math.min(MOTEURS_MAX, coeurs, tranches));

/** The first slice of each module's run, `moteurs` runs of consecutive slices. */
export const debutsGroupes = (tranches: number, moteurs: number) =>
  Array.from({ length: moteurs }, (_, k) => Math.floor((k * tranches) / moteurs));

/** The slices that may start a run, whatever the number of modules: each keeps Pagefind's worker and WebAssembly. */
export const tetesDeGroupe = (tranches: number) =>
  new Set(Array.from({ length: MOTEURS_MAX }, (_, i) => debutsGroupes(tranches, i + 1)).flat());

/**
 * Several Pagefind modules searched as one, merged as Pagefind merges its indexes: results by score (a
 * stable sort: the modules' runs being in slice order, ties keep the order one module would give). No
 * counts: the index has no Pagefind filters, the table of its pages counts (src/lib/filtres.ts).
 */
export function ensemble(modules: readonly IndexPagefind[]): IndexPagefind {
  if (modules.length === 1) return modules[0]!;
  const tous = <T>(f: (m: IndexPagefind) => Promise<T>) => Promise.all(modules.map(f));
  return {
    filters: async () => ({}),
    preload: async (q) => void (await tous((m) => m.preload(q))),
    search: async (q, o) => {
      const r = await tous((m) => m.search(q, o));
      return {
        results: r.flatMap((x) => x.results).sort((a, b) => b.score - a.score),
        filters: {},
        totalFilters: {},
      };
    },
  };
}

/**
 * The index at `dossier` (the address of pagefind/, with its `/`) and its other slices, searched by up to
 * `coeurs` Pagefind modules, `importer(k)` giving the k-th (the same script at another address, so that
 * each has its own worker). Each searches a run of slices: its first as its own index, the others merged
 * into it; all with the page's options, or their results' addresses lack the base path and the highlight.
 * Filtered and sorted over the table of the pages beside the first slice.
 */
export async function chargerTranches(
  importer: (k: number) => Promise<Pagefind>,
  dossier: string,
  { autres }: Tranches,
  options: OptionsPagefind,
  coeurs: number,
): Promise<IndexCatalogue> {
  const table = fetch(`${dossier}${FICHIER_PAGES}`).then((r) => r.json() as Promise<TablePages>);
  const dossiers = [dossier, ...autres.map((d) => `${dossier}${d}`)];
  const debuts = debutsGroupes(dossiers.length, nombreMoteurs(dossiers.length, coeurs));
  const modules = await Promise.all(
    debuts.map(async (debut, k) => {
      const pf = await importer(k);
      await pf.options({ ...options, basePath: dossiers[debut] });
      await pf.init();
      await Promise.all(dossiers.slice(debut + 1, debuts[k + 1] ?? dossiers.length).map((d) => pf.mergeIndex(d, options)));
      return pf;
    }),
  );
  return filtrer(ensemble(modules), await table);
}

/** Items dealt into slices of at most `taille`, one each in turn: each slice a sample of the whole, whose word statistics match. */
export function repartir<T>(elements: readonly T[], taille = PAGES_PAR_TRANCHE): T[][] {
  const n = Math.max(1, Math.ceil(elements.length / taille));
  const tranches: T[][] = Array.from({ length: n }, () => []);
  elements.forEach((e, i) => tranches[i % n]!.push(e));
  return tranches;
}
