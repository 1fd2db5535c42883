// The parts of Pagefind's browser API (pagefind.js, pagefind-highlight.js) that the site and its
// tests use. Types only: those modules are built with the site and imported at run time.

/** Counts per filter value, by filter: `{ thematique: { 'aller-vers': 4 } }`. */
export type ComptesPagefind = Record<string, Record<string, number>>;

/** A value, or values combined with `any` (OR) / `all` (AND) / `none`. */
export type FiltresPagefind = Record<string, string | string[] | { any?: string[]; all?: string[]; none?: string[] }>;

export interface OptionsPagefind {
  /** Where the index lives; defaults to the folder of pagefind.js. */
  basePath?: string;
  /** Prefix of result URLs. */
  baseUrl?: string;
  /** Words per excerpt. */
  excerptLength?: number;
  /** Query parameter added to result URLs with the searched words, for pagefind-highlight. */
  highlightParam?: string;
}

/** Sort keys (data-tri, src/lib/filtres.ts) and their direction. */
export type TriPagefind = Record<string, 'asc' | 'desc'>;

export interface OptionsRecherchePagefind {
  filters?: FiltresPagefind;
  sort?: TriPagefind;
}

export interface SousResultatPagefind {
  url: string;
  title: string;
  excerpt: string;
  /** Positions of the matched words in this section. */
  locations: number[];
}

export interface DonneesPagefind {
  url: string;
  /** Page text around the matches, HTML-escaped, with only <mark> added. */
  excerpt: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: SousResultatPagefind[];
}

export interface ResultatPagefind {
  id: string;
  /** Relevance within its search: comparable between the results of one search only. */
  score: number;
  data(): Promise<DonneesPagefind>;
}

export interface ReponsePagefind {
  results: ResultatPagefind[];
  /** Counts within the results. */
  filters: ComptesPagefind;
  /** Counts over the query without filters. */
  totalFilters: ComptesPagefind;
}

/** The module pagefind/pagefind.js. A `null` query lists every page that the filters keep. */
export interface Pagefind {
  options(o: OptionsPagefind): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<ComptesPagefind>;
  search(q: string | null, o?: OptionsRecherchePagefind): Promise<ReponsePagefind>;
  /** Loads the index chunks that searching `q` will need. */
  preload(q: string): Promise<void>;
  /** Searches another index (its folder, with a trailing `/`) together with this one, with its own options. */
  mergeIndex(dossier: string, o?: OptionsPagefind): Promise<void>;
}

/** What searching needs of the module: also what several modules searched together offer (src/lib/tranches.ts). */
export type IndexPagefind = Pick<Pagefind, 'search' | 'filters' | 'preload'>;
