// Filters, their counts and sorting, done over a table of the indexed pages written beside the index
// (pagefind/pages.json), not by Pagefind: Pagefind counts each filter value's pages against its results
// with a linear scan a page (Vec::contains), a cost that grows with the square of a slice's results and
// was half of every search's time; it also sorts each slice apart. Pagefind only finds the words.
import type {
  ComptesPagefind,
  FiltresPagefind,
  IndexPagefind,
  OptionsRecherchePagefind,
  ReponsePagefind,
  ResultatPagefind,
  TriPagefind,
} from './pagefind.ts';

/** Beside the first slice (pagefind/): the table of the indexed pages. */
export const FICHIER_PAGES = 'pages.json';

/** A page's filter and sort values, as its HTML marks them. */
export interface ValeursPage {
  filtres: Record<string, string[]>;
  tris: Record<string, number>;
}

/** The indexed pages' values, by Pagefind page id, each filter value written once. */
export interface TablePages {
  /** The sort keys, in the order of each page's sort values. */
  tris: string[];
  /** Each filter's values, in the order of each page's filter values. */
  filtres: Record<string, string[]>;
  /** Page id → its sort values (null without the key: it is left out of that sort) and, by filter, its values' indexes. */
  pages: Record<string, [(number | null)[], number[][]]>;
}

/** What the pages' HTML marks: `<span data-filtre="thematique">aller-vers</span>`, `<span data-tri="annee">1992</span>`. */
export function valeursPage(html: string): ValeursPage {
  const v: ValeursPage = { filtres: {}, tris: {} };
  for (const [, attribut, cle, texte] of html.matchAll(/data-(filtre|tri)="([^"]+)"[^>]*>([^<]*)</g))
    if (attribut === 'tri') v.tris[cle!] = Number(texte);
    else (v.filtres[cle!] ??= []).push(texte!.trim());
  return v;
}

/** The table of `pages`, page id → its values. */
export function tablePages(pages: ReadonlyMap<string, ValeursPage>): TablePages {
  const tris = [...new Set([...pages.values()].flatMap((p) => Object.keys(p.tris)))];
  const valeurs = new Map<string, Map<string, number>>();
  for (const p of pages.values())
    for (const [cle, vs] of Object.entries(p.filtres)) {
      const m = valeurs.get(cle) ?? valeurs.set(cle, new Map()).get(cle)!;
      for (const v of vs) if (!m.has(v)) m.set(v, m.size);
    }
  const cles = [...valeurs.keys()];
  const table: TablePages = { tris, filtres: Object.fromEntries(cles.map((c) => [c, [...valeurs.get(c)!.keys()]])), pages: {} };
  for (const [id, p] of pages)
    table.pages[id] = [tris.map((t) => p.tris[t] ?? null), cles.map((c) => (p.filtres[c] ?? []).map((v) => valeurs.get(c)!.get(v)!))];
  return table;
}

/** A page's values by filter. */
export function filtresDe(table: TablePages, id: string): Record<string, string[]> {
  const [, indices] = table.pages[id] ?? [[], []];
  return Object.fromEntries(Object.entries(table.filtres).map(([cle, vs], k) => [cle, (indices[k] ?? []).map((i) => vs[i]!)]));
}

/**
 * Whether a page passes the filters, as Pagefind reads them: a value or a list (all of them), `any`,
 * `all`, `none`; an unknown filter or value keeps no page. Prepared once for the pages of a search.
 */
export function gardien(table: TablePages, filtres: FiltresPagefind): (id: string) => boolean {
  const cles = Object.keys(table.filtres);
  const conditions = Object.entries(filtres).map(([cle, f]) => {
    const valeurs = table.filtres[cle] ?? [];
    const indices = (vs: readonly string[] = []) => vs.map((v) => valeurs.indexOf(v));
    const { any, all, none } = typeof f === 'string' ? { all: [f] } : Array.isArray(f) ? { all: f } : f;
    return { k: cles.indexOf(cle), any: any?.length ? new Set(indices(any)) : undefined, all: indices(all), none: indices(none) };
  });
  return (id) => {
    const page = table.pages[id]?.[1];
    return conditions.every(({ k, any, all, none }) => {
      const a = page?.[k] ?? [];
      return (!any || a.some((i) => any.has(i))) && all.every((i) => a.includes(i)) && !none.some((i) => a.includes(i));
    });
  };
}

/** Counts per filter value among the pages `ids`, every value listed, as Pagefind counts. */
export function compter(table: TablePages, ids: Iterable<string>): ComptesPagefind {
  const cles = Object.keys(table.filtres);
  const n = cles.map((c) => new Uint32Array(table.filtres[c]!.length));
  // Plain loops: a common word's search counts thousands of pages on every facet.
  for (const id of ids) {
    const page = table.pages[id]?.[1];
    if (page) for (let k = 0; k < page.length; k++) for (const i of page[k]!) n[k]![i]!++;
  }
  return Object.fromEntries(cles.map((c, k) => [c, Object.fromEntries(table.filtres[c]!.map((v, i) => [v, n[k]![i]!]))]));
}

/** Results in the order of `tri`: pages without the key left out, ties in their relevance order. */
export function trier(table: TablePages, resultats: readonly ResultatPagefind[], tri: TriPagefind): ResultatPagefind[] {
  const [cle, sens] = Object.entries(tri)[0] ?? [];
  const k = cle === undefined ? -1 : table.tris.indexOf(cle);
  if (k < 0) return [...resultats];
  const signe = sens === 'desc' ? -1 : 1;
  const valeur = (r: ResultatPagefind) => table.pages[r.id]?.[0][k] ?? null;
  return resultats.filter((r) => valeur(r) !== null).sort((a, b) => signe * (valeur(a)! - valeur(b)!));
}

const ids = (resultats: readonly ResultatPagefind[]) => resultats.map((r) => r.id);

/** The index as the catalogue searches it: Pagefind for the words, the table for the rest. */
export interface IndexCatalogue extends IndexPagefind {
  table: TablePages;
}

/** Unfiltered searches kept: ticking a facet, or counting a facet apart, searches the same words again. */
const RECENTES = 8;

/**
 * `pf` searched with filters and sorts applied from `table`: each search asks Pagefind for the words
 * only (the last few kept), then keeps the pages that pass the filters, counts them, sorts them. Each
 * result's data carries its page's filter values, as Pagefind's would.
 */
export function filtrer(pf: IndexPagefind, table: TablePages): IndexCatalogue {
  type Mots = { reponse: ReponsePagefind; comptes: ComptesPagefind };
  const recentes = new Map<string | null, Promise<Mots>>();
  const mots = (q: string | null) => {
    let r = recentes.get(q);
    if (r) recentes.delete(q);
    else
      r = pf.search(q).then(
        (reponse) => ({ reponse, comptes: compter(table, ids(reponse.results)) }),
        (e: unknown) => (recentes.delete(q), Promise.reject(e)),
      );
    recentes.set(q, r); // last used last
    if (recentes.size > RECENTES) recentes.delete(recentes.keys().next().value!);
    return r;
  };
  const total = compter(table, Object.keys(table.pages));
  return {
    table,
    filters: async () => total,
    preload: (q) => pf.preload(q),
    search: async (q, { filters, sort }: OptionsRecherchePagefind = {}) => {
      const { reponse, comptes } = await mots(q);
      const passe = filters && gardien(table, filters);
      const gardes = passe ? reponse.results.filter((r) => passe(r.id)) : reponse.results;
      const results = (sort ? trier(table, gardes, sort) : gardes).map((r): ResultatPagefind => ({
        id: r.id,
        score: r.score,
        data: async () => ({ ...(await r.data()), filters: filtresDe(table, r.id) }),
      }));
      return { results, filters: passe ? compter(table, ids(gardes)) : comptes, totalFilters: comptes };
    },
  };
}
