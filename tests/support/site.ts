// Reading the built site from tests.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
export const CONTENU = fileURLToPath(new URL('../../content/', import.meta.url));
/** The log of the first build (stdout and stderr). */
export const JOURNAL_CONSTRUCTION = fileURLToPath(new URL('../.tmp/construction.log', import.meta.url));
/** The local preview's build, as `npm start` makes it (tests/global-setup.ts), its content copy and its log. */
export const APERCU = {
  dossier: fileURLToPath(new URL('../.tmp/site-apercu/', import.meta.url)),
  contenu: fileURLToPath(new URL('../.tmp/contenu-apercu', import.meta.url)),
};
export const JOURNAL_APERCU = fileURLToPath(new URL('../.tmp/apercu.log', import.meta.url));
/**
 * A generated catalogue several times the page size (tests/global-setup.ts builds it), with a small page so
 * that every kind of listing paginates, and small slices of the search index, searched together as at 10,000 sheets.
 */
export const GENERE = {
  contenu: fileURLToPath(new URL('../.tmp/contenu-pagine/', import.meta.url)),
  dossier: fileURLToPath(new URL('../.tmp/site-pagine/', import.meta.url)),
  /** The build's log, kept beside it. */
  journal: fileURLToPath(new URL('../.tmp/site-pagine.log', import.meta.url)),
  fiches: 60,
  taille: 5,
  /** Pages per slice of the search index. */
  tranche: 20,
};

/** The public address the test builds are made for: a real one, as a build to publish has. */
export const SITE = 'https://pratiques-emergentes.example.org';

export const html = (chemin: string) => readFileSync(join(DIST, chemin, chemin.endsWith('.html') ? '' : 'index.html'), 'utf8');
export const existe = (chemin: string) => existsSync(join(DIST, chemin));

/** Slugs of the sheets in content/pratiques. */
export const slugsFiches = () =>
  readdirSync(join(CONTENU, 'pratiques'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''))
    .sort();

/** Every HTML page of the build, as paths relative to dist/. */
export function pagesHtml(dossier = DIST, prefixe = ''): string[] {
  return readdirSync(dossier, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? e.name === 'pagefind' || e.name === '_astro'
        ? []
        : pagesHtml(join(dossier, e.name), `${prefixe}${e.name}/`)
      : e.name.endsWith('.html')
        ? [`${prefixe}${e.name}`]
        : [],
  );
}
