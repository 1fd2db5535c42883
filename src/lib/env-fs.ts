// The environment variables of the project, read here and nowhere else (Node only: the browser has none).
// Unset and empty mean the same: the default.

export interface Reglages {
  /** SITE: the public address (canonical links, feed, sitemap, citations). */
  site: string;
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
}

export const CONTENU_PAR_DEFAUT = 'content';

const estHttp = (v: string) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol);

/** Typed settings from an environment; every malformed value is named in one French error. */
export function lireReglages(env: Record<string, string | undefined>): Reglages {
  const lu = (nom: string) => env[nom] || undefined;
  const erreurs: string[] = [];
  const adresse = (nom: string, defaut: string) => {
    const v = lu(nom) ?? defaut;
    if (!estHttp(v))
      erreurs.push(`${nom} vaut « ${v} » : une adresse complète en http(s) est attendue, par exemple « https://exemple.org »`);
    return v;
  };
  const reglages = {
    site: adresse('SITE', 'http://localhost:4321'),
    base: lu('BASE_PATH') ?? '/',
    contenu: lu('CONTENU') ?? CONTENU_PAR_DEFAUT,
    depot: adresse('DEPOT_URL', 'https://github.com/pratiques-emergentes/pratiques-emergentes'),
    chromium: lu('CHROMIUM_PATH'),
    githubActions: Boolean(lu('GITHUB_ACTIONS')),
  };
  if (!reglages.base.startsWith('/')) {
    erreurs.push(
      `BASE_PATH vaut « ${reglages.base} » : un chemin commençant par « / » est attendu, par exemple « /pratiques-emergentes/ »`,
    );
  }
  if (erreurs.length) throw new Error(`Variable(s) d’environnement invalide(s) :\n${erreurs.map((e) => `- ${e}`).join('\n')}`);
  return reglages;
}

/** This process's settings, read once. */
export const REGLAGES = lireReglages(process.env);
