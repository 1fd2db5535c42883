// The environment variables of the project, read here and nowhere else (Node only: the browser has none).
// Unset and empty mean the same: the default.
import { FICHES_PAR_PAGE } from './pagination.ts';
import { PAGES_PAR_TRANCHE } from './tranches.ts';

export interface Reglages {
  /** SITE: the public address (canonical links, feed, sitemap, citations); a build to publish requires it. */
  site: string | undefined;
  /** APERCU_LOCAL: set by `npm start`, a build meant for this machine, whose addresses point at localhost. */
  apercuLocal: boolean;
  /** BASE_PATH: the sub-path the site is served under (GitHub Pages). */
  base: string;
  /** CONTENU: the content folder, relative to the project (the benchmark builds generated catalogues). */
  contenu: string;
  /** DEPOT_URL: the repository, for « Modifier cette fiche » and the proposal form. */
  depot: string;
  /** CHROMIUM_PATH: another Chromium for the tests and the benchmark. */
  chromium: string | undefined;
  /** GITHUB_ACTIONS: set in GitHub's CI, where the verifier also writes annotations. */
  githubActions: boolean;
  /** FICHES_PAR_PAGE: the length of a listing's page (the tests paginate a small generated catalogue with it). */
  fichesParPage: number;
  /** PAGES_PAR_TRANCHE: the most pages in a slice of the search index (the tests slice a small catalogue with it). */
  pagesParTranche: number;
}

export const CONTENU_PAR_DEFAUT = 'content';

/**
 * What `npm run build` sets on Astro's process (package.json) and the bench on its builds: glibc's allocator
 * would otherwise keep an arena for each thread that allocated (Astro's, its native modules', its threads'),
 * ≈ 90 MB more at 2,000 sheets.
 */
export const ENV_CONSTRUCTION = { MALLOC_ARENA_MAX: '2' } as const;

const estHttp = (v: string) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol);

/** Typed settings from an environment; every malformed value is named in one French error. */
export function lireReglages(env: Record<string, string | undefined>): Reglages {
  const lu = (nom: string) => env[nom] || undefined;
  const erreurs: string[] = [];
  const adresse = (nom: string) => {
    const v = lu(nom);
    if (v !== undefined && !estHttp(v))
      erreurs.push(`${nom} vaut « ${v} » : une adresse complète en http(s) est attendue, par exemple « https://exemple.org »`);
    return v;
  };
  const entier = (nom: string, defaut: number, unite: string) => {
    const n = Number(lu(nom) ?? defaut);
    if (Number.isInteger(n) && n >= 1) return n;
    erreurs.push(`${nom} vaut « ${lu(nom)} » : un nombre entier de ${unite}, 1 ou plus, est attendu, par exemple « ${defaut} »`);
    return defaut;
  };
  const reglages = {
    site: adresse('SITE'),
    apercuLocal: Boolean(lu('APERCU_LOCAL')),
    base: lu('BASE_PATH') ?? '/',
    contenu: lu('CONTENU') ?? CONTENU_PAR_DEFAUT,
    depot: adresse('DEPOT_URL') ?? 'https://github.com/pratiques-emergentes/pratiques-emergentes',
    chromium: lu('CHROMIUM_PATH'),
    githubActions: Boolean(lu('GITHUB_ACTIONS')),
    fichesParPage: entier('FICHES_PAR_PAGE', FICHES_PAR_PAGE, 'fiches'),
    pagesParTranche: entier('PAGES_PAR_TRANCHE', PAGES_PAR_TRANCHE, 'pages'),
  };
  if (!reglages.base.startsWith('/')) {
    erreurs.push(
      `BASE_PATH vaut « ${reglages.base} » : un chemin commençant par « / » est attendu, par exemple « /pratiques-emergentes/ »`,
    );
  }
  if (erreurs.length) throw new Error(`Variable(s) d’environnement invalide(s) :\n${erreurs.map((e) => `- ${e}`).join('\n')}`);
  return reglages;
}

/** Where a local preview's absolute addresses point: `npm start` and the dev server serve there. */
export const SITE_APERCU = 'http://localhost:4321';
export const SITE_MANQUANT =
  'SITE n’est pas défini : une construction à publier a besoin de l’adresse publique du site (liens canoniques, citations, codes QR, flux, plan du site, API).';
export const CONSEIL_SITE =
  'Définissez-la, par exemple `SITE=https://exemple.org npm run build` (avec `BASE_PATH=/pratiques-emergentes/` sous un sous-chemin) ; pour regarder le site sur cette machine, lancez `npm start`.';
export const AVIS_APERCU = `Construction pour l’aperçu local (APERCU_LOCAL) : les adresses absolues pointent vers ${SITE_APERCU}, ce dist/ n’est pas à publier. Pour publier, définissez SITE.`;

/**
 * The address a command builds for: SITE; without it, this machine's for a local preview (APERCU_LOCAL,
 * the dev server, any command but `build`); undefined for a build to publish, which must then stop.
 */
export const siteDe = (r: Reglages, commande: string): string | undefined =>
  r.site ?? (r.apercuLocal || commande !== 'build' ? SITE_APERCU : undefined);

/** This process's settings, read once. */
export const REGLAGES = lireReglages(process.env);
