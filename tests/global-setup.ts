// Builds the site four times before the tests that read a build (projects build and browser):
// - dist/: the real catalogue at the domain root (also syncs the store getCollection() reads);
// - tests/.tmp/site-sous-chemin/: the same catalogue under a sub-path (as on GitHub Pages), with one
//   sheet given an old address and saved as on Windows, to check links, search and redirects there.
// Both for a real public address (SITE), as builds to publish are. Then tests/.tmp/site-apercu/: the local
// preview `npm start` makes (APERCU_LOCAL, no SITE; its log kept too), which says so and points at localhost.
// The first build's log is kept in tests/.tmp/construction.log, for tests/build/construction.test.ts.
// Last, a generated catalogue that paginates its listings and slices its search index (GENERE).
// Each project that lists this file runs it: the builds are shared through the main process, so that
// they happen once per run however many of those projects run.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { normaliserTexte } from '../src/lib/frontmatter.ts';
import { astroBuild } from './support/astro.ts';
import { genererCatalogue } from '../scripts/bench/generer.ts';
import { APERCU, GENERE, JOURNAL_APERCU, JOURNAL_CONSTRUCTION } from './support/site.ts';
import { BASE_SOUS_CHEMIN, CONTENU_SOUS_CHEMIN, RENOMMEE, SITE_SOUS_CHEMIN } from './support/sous-chemin.ts';

function construire(env: Record<string, string>, ...args: string[]) {
  const debut = Date.now();
  const { code, journal } = astroBuild(env, ...args);
  if (code !== 0) throw new Error(`astro build a échoué (code ${code}) :\n${journal}`);
  console.log(`[global-setup] astro build ${args.join(' ') || '(dist/)'} : ${((Date.now() - debut) / 1000).toFixed(1)} s`);
  return journal;
}

function construireTout() {
  const journal = construire({});
  mkdirSync('tests/.tmp', { recursive: true });
  writeFileSync(JOURNAL_CONSTRUCTION, journal);
  rmSync(CONTENU_SOUS_CHEMIN, { recursive: true, force: true });
  cpSync('content', CONTENU_SOUS_CHEMIN, { recursive: true });
  const fichier = `${CONTENU_SOUS_CHEMIN}/pratiques/${RENOMMEE.slug}.mdx`;
  const [, avant, yaml, apres] = /^(---\n)([\s\S]*?)(^---\s*$[\s\S]*)/m.exec(normaliserTexte(readFileSync(fichier, 'utf8')))!;
  const doc = parseDocument(yaml!);
  doc.set('anciensSlugs', [RENOMMEE.ancien]);
  // Saved as on Windows (byte-order mark, CRLF): the build must read it as any other.
  writeFileSync(fichier, `\uFEFF${avant}${doc.toString()}${apres}`.replace(/\r?\n/g, '\r\n'));
  construire({ CONTENU: CONTENU_SOUS_CHEMIN, BASE_PATH: BASE_SOUS_CHEMIN }, '--outDir', SITE_SOUS_CHEMIN);
  // Its own content copy, hence its own cache: the store getCollection() reads is not rewritten.
  rmSync(APERCU.contenu, { recursive: true, force: true });
  cpSync('content', APERCU.contenu, { recursive: true });
  writeFileSync(JOURNAL_APERCU, construire({ SITE: '', APERCU_LOCAL: '1', CONTENU: APERCU.contenu }, '--outDir', APERCU.dossier));
  genererCatalogue('content', GENERE.contenu, GENERE.fiches);
  const env = { CONTENU: GENERE.contenu, FICHES_PAR_PAGE: String(GENERE.taille), PAGES_PAR_TRANCHE: String(GENERE.tranche) };
  writeFileSync(GENERE.journal, construire(env, '--outDir', GENERE.dossier));
}

// Each project loads this module anew; the main process they share keeps the one build.
const CLE = Symbol.for('pratiques-emergentes:construction');
const partage = globalThis as { [CLE]?: true };

export default function setup() {
  if (process.env.SANS_CONSTRUCTION || partage[CLE]) return;
  construireTout();
  partage[CLE] = true;
}
