// Reading without network: what the service worker keeps and how it answers. Pure, and shared by the
// build that writes sw.js (src/integrations/hors-ligne.ts), the worker itself
// (src/components/hors-ligne/service-worker.ts), the offline page and the tests.
//
// Addresses are relative to the worker's scope, the site's base ('' is the home page), so that one
// list serves a build at the domain root or under a sub-path. The cache is per scope and per version.
import { FICHIER_PAGES } from './filtres.ts';
import { FICHIERS_APPLI } from './manifeste.ts';
import { FICHIER_TRANCHES } from './tranches.ts';

export const PREFIXE_CACHE = 'pratiques-emergentes';
/** The notice served for a page never opened on this device. */
export const PAGE_HORS_LIGNE = 'hors-ligne/';
/** The pages kept at install: home, search, selection and its comparison, glossary and the offline notice. */
export const PAGES_COQUILLE: readonly string[] = ['', 'recherche/', 'selection/', 'comparer/', 'glossaire/', PAGE_HORS_LIGNE];
/** The data « Ma sélection » reads. */
export const DONNEES = 'api/pratiques.json';
/** Above this total, Pagefind's result fragments are kept as search shows them, not all at install. */
export const BUDGET_FRAGMENTS = 2_000_000;
/** How long a page waits for the network before the kept copy is shown instead, in ms (poor networks). */
export const DELAI_RESEAU = 4000;

/** What the build tells the worker (sw.js sets it before loading the worker's code). */
export interface ConfigHorsLigne {
  /** A hash of the kept files' contents: a new one whenever a build changes them. */
  version: string;
  /** The files to keep at install, relative to the scope. */
  fichiers: string[];
  /** The worker's code, relative to the scope: sw.js loads it. */
  code: string;
}

/** A file of the build: its path in the output folder, with `/`, and its size. */
export interface Fichier {
  chemin: string;
  octets: number;
}

/** Pagefind's pagefind-entry.json: one entry per language, naming its metadata and WebAssembly files. */
export interface EntreePagefind {
  languages: Record<string, { hash: string; wasm?: string | null }>;
}

/** A built file as the address it is served at: `recherche/index.html` → `recherche/`. */
export const adresseDe = (fichier: string) => fichier.replace(/(^|\/)index\.html$/, '$1');
/** The reverse: `recherche/` → `recherche/index.html`. */
export const fichierDe = (adresse: string) => (adresse === '' || adresse.endsWith('/') ? `${adresse}index.html` : adresse);

/**
 * The files kept at install, sorted: the pages and data of the application shell, the manifest and
 * icons, the stylesheets and scripts of _astro/ (but `exclus`, the worker's own code), and what
 * Pagefind needs to search: its scripts, entry, metadata, WebAssembly, index chunks (of every slice), the list of
 * slices and the table of the pages (their filters and sorts), and
 * the result fragments while they fit `budgetFragments`. Throws, naming them, if required files are missing.
 */
export function aPrecharger(
  fichiers: readonly Fichier[],
  {
    pagefind,
    exclus = [],
    budgetFragments = BUDGET_FRAGMENTS,
  }: { pagefind: EntreePagefind; exclus?: readonly string[]; budgetFragments?: number },
): string[] {
  const presents = new Set(fichiers.map((f) => f.chemin));
  const langues = Object.values(pagefind.languages);
  const requis = [
    ...PAGES_COQUILLE.map(fichierDe),
    DONNEES,
    ...FICHIERS_APPLI,
    ...['pagefind.js', 'pagefind-worker.js', 'pagefind-highlight.js', 'pagefind-entry.json', FICHIER_TRANCHES, FICHIER_PAGES].map(
      (f) => `pagefind/${f}`,
    ),
    ...langues.flatMap((l) => [`pagefind/pagefind.${l.hash}.pf_meta`, ...(l.wasm ? [`pagefind/wasm.${l.wasm}.pagefind`] : [])]),
  ];
  const manquants = requis.filter((f) => !presents.has(f));
  if (manquants.length) throw new Error(`Fichiers à garder hors ligne absents de la construction : ${manquants.join(', ')}`);
  const sous = (motif: RegExp) => fichiers.filter((f) => motif.test(f.chemin) && !exclus.includes(f.chemin));
  // A large index comes in slices (src/lib/tranches.ts): pagefind/tranche-1/… hold the same kinds of files.
  const fragments = sous(/^pagefind\/(?:tranche-\d+\/)?fragment\//);
  const poidsFragments = fragments.reduce((total, f) => total + f.octets, 0);
  const retenus = [
    ...requis,
    ...sous(/^_astro\/.+\.(js|css)$/),
    ...sous(/^pagefind\/(?:tranche-\d+\/)?index\//),
    // A slice a module of the search page may start from keeps Pagefind's worker and WebAssembly too.
    ...sous(/^pagefind\/tranche-\d+\/(pagefind-entry\.json|pagefind\.[\w-]+\.pf_meta|pagefind-worker\.js|wasm\.[\w-]+\.pagefind)$/),
    ...(poidsFragments <= budgetFragments ? fragments : []),
  ].map((f) => adresseDe(typeof f === 'string' ? f : f.chemin));
  return [...new Set(retenus)].sort();
}

const hex = (octets: ArrayBuffer) => [...new Uint8Array(octets)].map((o) => o.toString(16).padStart(2, '0')).join('');

/** SHA-256 of some bytes or text, in hexadecimal (Web Crypto: the browser's and Node's). */
export const empreinte = async (donnees: BufferSource | string) =>
  hex(await crypto.subtle.digest('SHA-256', typeof donnees === 'string' ? new TextEncoder().encode(donnees) : donnees));

/** The version of a set of files: a hash of their addresses and contents' hashes, whatever their order. */
export async function version(empreintes: Readonly<Record<string, string>>): Promise<string> {
  const lignes = Object.entries(empreintes)
    .map(([adresse, e]) => `${adresse} ${e}\n`)
    .sort();
  return (await empreinte(lignes.join(''))).slice(0, 12);
}

// --- Caches --------------------------------------------------------------------------------------

const prefixe = (portee: string) => `${PREFIXE_CACHE}:${new URL(portee).pathname}:`;
/** The cache of one version under one scope: two builds on one origin (root and sub-path) keep theirs apart. */
export const nomCache = (portee: string, v: string) => `${prefixe(portee)}${v}`;
/** The caches of a scope, whatever their version. */
export const cachesDe = (noms: readonly string[], portee: string) => noms.filter((n) => n.startsWith(prefixe(portee)));
/** The caches an activated version deletes: its scope's others, never another scope's. */
export const anciensCaches = (noms: readonly string[], portee: string, v: string) =>
  cachesDe(noms, portee).filter((n) => n !== nomCache(portee, v));

/** The key a response is kept under: its URL without query nor fragment (a static site answers the same). */
export function cle(url: string): string {
  const u = new URL(url);
  u.search = '';
  u.hash = '';
  return u.href;
}

/** An absolute URL relative to the scope, or undefined when outside it. */
export function relatif(url: string, portee: string): string | undefined {
  const k = cle(url);
  return k.startsWith(portee) ? k.slice(portee.length) : undefined;
}

/**
 * How the worker answers a request:
 * - `cache`: the cached copy first, then the network (files of a build: _astro/, pagefind/, icons);
 * - `reseau`: the network first, then the cached copy (pages and data, which change between builds);
 * - `aucune`: not at all (another origin, outside the scope, not a GET, the worker's script).
 */
export function strategie(url: string, portee: string, methode = 'GET'): 'cache' | 'reseau' | 'aucune' {
  const r = relatif(url, portee);
  if (methode !== 'GET' || r === undefined || r === 'sw.js') return 'aucune';
  return /^(_astro|pagefind)\//.test(r) || FICHIERS_APPLI.includes(r) ? 'cache' : 'reseau';
}

/**
 * Whether a file's name changes with its contents (Vite's _astro/, Pagefind's chunks and metadata): a
 * new version copies it from an older cache instead of downloading it again.
 */
export const immuable = (r: string) =>
  /^_astro\/|^pagefind\/(?:tranche-\d+\/)?(index|fragment)\/|^pagefind\/(?:tranche-\d+\/)?pagefind\.[\w-]+\.pf_meta$/.test(r);

/** Whether an entry of an older version's cache is carried into the new one: what the reader opened, not an older build's files. */
export const aReprendre = (r: string, precache: ReadonlySet<string>) =>
  !precache.has(r) && strategie(`http://x/${r}`, 'http://x/') === 'reseau';

/**
 * Whether the new version's code differs from what the old cache holds: an _astro/ file of the old one
 * is gone. Pages kept then point to stylesheets and scripts that will be deleted: they are downloaded
 * again. Otherwise (new or changed sheets only) they are copied as they are, at no network cost.
 */
export const codeChange = (anciens: readonly string[], precache: ReadonlySet<string>) =>
  anciens.some((r) => r.startsWith('_astro/') && !precache.has(r));

/** The pages among kept addresses (not the files, nor the notice itself). */
export const pagesGardees = (adresses: readonly string[]) =>
  adresses.filter((r) => (r === '' || r.endsWith('/')) && r !== PAGE_HORS_LIGNE && !/^(_astro|pagefind|api)\//.test(r));

// --- Answers -------------------------------------------------------------------------------------

/** The cache as the strategies see it (a Cache in the worker, a Map in the tests). */
export interface Magasin {
  lire(cle: string): Promise<Response | undefined>;
  ecrire(cle: string, reponse: Response): Promise<void>;
}

export interface Reseau {
  chercher: (requete: Request) => Promise<Response>;
  /** Resolves after `ms`: the timer the network is raced against. */
  attendre?: (ms: number) => Promise<void>;
  delai?: number;
}

/** The answer, and the cache write that may follow it (for the worker's waitUntil). */
export interface Reponse {
  reponse: Promise<Response | undefined>;
  fin: Promise<unknown>;
}

/** Worth keeping: a complete answer of this origin, not a redirect (a navigation refuses a redirected copy). */
export const gardable = (r: Response) => r.status === 200 && !r.redirected && (r.type === 'basic' || r.type === 'default');

const pause = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));

/**
 * Network first: the fresh answer, kept for later; without network, or with a server error, the kept
 * copy. If the network is slow (`delai`) and a copy is kept, the copy is shown and the late answer
 * still refreshes it. `undefined` when there is neither.
 */
export function reseauDAbord(requete: Request, magasin: Magasin, { chercher, attendre = pause, delai = DELAI_RESEAU }: Reseau): Reponse {
  const k = cle(requete.url);
  let ecriture: Promise<unknown> = Promise.resolve();
  const reseau = chercher(requete).then(
    (r) => {
      if (gardable(r)) ecriture = magasin.ecrire(k, r.clone()).catch(() => undefined);
      return r;
    },
    () => undefined,
  );
  const repli = async (r: Response | undefined) => (r && r.status < 500 ? r : ((await magasin.lire(k)) ?? r));
  const reponse = (async () => {
    const premier = await Promise.race([reseau, attendre(delai).then(() => 'lent' as const)]);
    if (premier !== 'lent') return repli(premier);
    return (await magasin.lire(k)) ?? repli(await reseau);
  })();
  return { reponse, fin: reseau.then(() => ecriture) };
}

/** Cache first: the kept copy, or else the network's answer, kept for later (a fragment on first use). */
export function cacheDAbord(requete: Request, magasin: Magasin, { chercher }: Pick<Reseau, 'chercher'>): Reponse {
  const k = cle(requete.url);
  let ecriture: Promise<unknown> = Promise.resolve();
  const reponse = (async () => {
    const copie = await magasin.lire(k);
    if (copie) return copie;
    const r = await chercher(requete).catch(() => undefined);
    if (r && gardable(r)) ecriture = magasin.ecrire(k, r.clone()).catch(() => undefined);
    return r;
  })();
  return { reponse, fin: reponse.then(() => ecriture) };
}

/** Makes sure pages are kept (the one being read, the sheets of « Ma sélection »); returns those that are. */
export async function garder(urls: readonly string[], portee: string, magasin: Magasin, { chercher }: Pick<Reseau, 'chercher'>) {
  const gardees = await Promise.all(
    [...new Set(urls.filter((u) => strategie(u, portee) === 'reseau').map(cle))].map(async (k) => {
      if (await magasin.lire(k)) return k;
      const r = await chercher(new Request(k)).catch(() => undefined);
      if (!r || !gardable(r)) return undefined;
      await magasin.ecrire(k, r);
      return k;
    }),
  );
  return gardees.filter((k) => k !== undefined);
}

// --- sw.js ---------------------------------------------------------------------------------------

const LIGNE_CONFIG = /^self\.HORS_LIGNE = (.*);$/m;

/** The text of sw.js: the build's configuration, then the worker's code (one classic script, bundled by Vite). */
export const scriptServiceWorker = (config: ConfigHorsLigne) =>
  [
    '// The service worker of Pratiques émergentes, written by the build (src/integrations/hors-ligne.ts):',
    '// the files to keep for reading without network and their version; the code is in src/components/hors-ligne/.',
    `self.HORS_LIGNE = ${JSON.stringify(config)};`,
    `importScripts(${JSON.stringify(config.code)});`,
    '',
  ].join('\n');

/** The configuration a sw.js carries. */
export function lireScriptServiceWorker(texte: string): ConfigHorsLigne {
  const config = LIGNE_CONFIG.exec(texte)?.[1];
  if (!config) throw new Error('sw.js ne porte pas de configuration hors ligne');
  return JSON.parse(config) as ConfigHorsLigne;
}
