// Builds the site twice before the tests that read a build:
// - dist/: the real catalogue at the domain root (also syncs the store getCollection() reads);
// - tests/.tmp/site-sous-chemin/: the same catalogue under a sub-path (as on GitHub Pages), with one
//   sheet renamed, to check links, search and redirects there.
// The first build's log is kept in tests/.tmp/construction.log, for tests/build/construction.test.ts.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { astroBuild } from './support/astro.ts';
import { BASE_SOUS_CHEMIN, CONTENU_SOUS_CHEMIN, JOURNAL_CONSTRUCTION, RENOMMEE, SITE_SOUS_CHEMIN } from './support/site.ts';

function construire(env: Record<string, string>, ...args: string[]) {
  const { code, journal } = astroBuild(env, ...args);
  if (code !== 0) throw new Error(`astro build a échoué (code ${code}) :\n${journal}`);
  return journal;
}

export default function setup() {
  if (process.env.SANS_CONSTRUCTION) return;
  const journal = construire({});
  mkdirSync('tests/.tmp', { recursive: true });
  writeFileSync(JOURNAL_CONSTRUCTION, journal);
  rmSync(CONTENU_SOUS_CHEMIN, { recursive: true, force: true });
  cpSync('content', CONTENU_SOUS_CHEMIN, { recursive: true });
  const fichier = `${CONTENU_SOUS_CHEMIN}/pratiques/${RENOMMEE.slug}.mdx`;
  writeFileSync(fichier, readFileSync(fichier, 'utf8').replace(/^anciensSlugs:.*$|^(?=miseAJour:)/m, `anciensSlugs: [${RENOMMEE.ancien}]\n`));
  construire({ CONTENU: CONTENU_SOUS_CHEMIN, BASE_PATH: BASE_SOUS_CHEMIN }, '--outDir', SITE_SOUS_CHEMIN);
}
