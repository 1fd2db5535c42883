// Reading the built site from tests.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
export const CONTENU = fileURLToPath(new URL('../../content/', import.meta.url));

/** The second build: the catalogue under a sub-path, with one sheet given an old address. */
export const BASE_SOUS_CHEMIN = '/pratiques-emergentes/';
export const SITE_SOUS_CHEMIN = fileURLToPath(new URL('../.tmp/site-sous-chemin/', import.meta.url));
export const CONTENU_SOUS_CHEMIN = fileURLToPath(new URL('../.tmp/contenu-sous-chemin', import.meta.url));
export const RENOMMEE = { slug: 'conferences-familiales-ardeche', ancien: 'conferences-familiales-en-ardeche' };
/** The log of the first build (stdout and stderr). */
export const JOURNAL_CONSTRUCTION = fileURLToPath(new URL('../.tmp/construction.log', import.meta.url));

export const html = (chemin: string) => readFileSync(join(DIST, chemin, chemin.endsWith('.html') ? '' : 'index.html'), 'utf8');
export const existe = (chemin: string) => existsSync(join(DIST, chemin));

/** Slugs of the sheets in content/pratiques. */
export const slugsFiches = () =>
  readdirSync(join(CONTENU, 'pratiques')).filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, '')).sort();

/** Every HTML page of the build, as paths relative to dist/. */
export function pagesHtml(dossier = DIST, prefixe = ''): string[] {
  return readdirSync(dossier, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? e.name === 'pagefind' || e.name === '_astro' ? [] : pagesHtml(join(dossier, e.name), `${prefixe}${e.name}/`)
      : e.name.endsWith('.html') ? [`${prefixe}${e.name}`] : [],
  );
}
