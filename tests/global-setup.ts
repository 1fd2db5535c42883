// Builds the site twice before the tests that read a build:
// - dist/: the real catalogue at the domain root (also syncs the store getCollection() reads);
// - tests/.tmp/site-sous-chemin/: the same catalogue under a sub-path (as on GitHub Pages), with one
//   sheet renamed, to check links, search and redirects there.
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { BASE_SOUS_CHEMIN, CONTENU_SOUS_CHEMIN, RENOMMEE, SITE_SOUS_CHEMIN } from './support/site.ts';

// Astro's own entry, run by this Node: its bin's shebang could pick an older system Node.
const ASTRO = 'node_modules/astro/bin/astro.mjs';

// Vitest's own variables (NODE_ENV=test, BASE_URL=/, MODE…) would leak into Vite's build config.
const VITEST = /^(VITEST|NODE_ENV$|BASE_URL$|MODE$|DEV$|PROD$|SSR$)/;
const environnement = () => Object.fromEntries(Object.entries(process.env).filter(([k]) => !VITEST.test(k)));

function construire(env: Record<string, string>, ...args: string[]) {
  try {
    execFileSync(process.execPath, [ASTRO, 'build', ...args], { stdio: 'pipe', env: { ...environnement(), ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  } catch (e) {
    const err = e as { stdout?: Buffer; stderr?: Buffer; message: string };
    throw new Error(`astro build a échoué : ${err.message}\n${err.stdout?.toString() ?? ''}\n${err.stderr?.toString() ?? ''}`);
  }
}

export default function setup() {
  if (process.env.SANS_CONSTRUCTION) return;
  construire({});
  rmSync(CONTENU_SOUS_CHEMIN, { recursive: true, force: true });
  cpSync('content', CONTENU_SOUS_CHEMIN, { recursive: true });
  const fichier = `${CONTENU_SOUS_CHEMIN}/pratiques/${RENOMMEE.slug}.mdx`;
  writeFileSync(fichier, readFileSync(fichier, 'utf8').replace(/^anciensSlugs:.*$|^(?=miseAJour:)/m, `anciensSlugs: [${RENOMMEE.ancien}]\n`));
  construire({ CONTENU: CONTENU_SOUS_CHEMIN, BASE_PATH: BASE_SOUS_CHEMIN }, '--outDir', SITE_SOUS_CHEMIN);
}
