// Running Astro's CLI from the tests.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SITE } from './site.ts';

// Astro's own entry, run by this Node: its bin's shebang could pick an older system Node.
const ASTRO = 'node_modules/astro/bin/astro.mjs';

// Vitest's own variables (NODE_ENV=test, BASE_URL=/, MODE…) would leak into Vite's build config.
const VITEST = /^(VITEST|NODE_ENV$|BASE_URL$|MODE$|DEV$|PROD$|SSR$)/;
const environnement = () => Object.fromEntries(Object.entries(process.env).filter(([k]) => !VITEST.test(k)));

/** `astro build` for SITE unless `env` says otherwise, its exit code and its log (stdout then stderr, each without colours). */
export function astroBuild(env: Record<string, string>, ...args: string[]): { code: number | null; journal: string } {
  const r = spawnSync(process.execPath, [ASTRO, 'build', ...args], {
    encoding: 'utf8',
    env: { ...environnement(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', SITE, ...env },
  });
  return { code: r.status, journal: `${r.stdout}${r.stderr}` };
}

/**
 * `astro dev` on a free port, as `npm run dev` starts it, over a copy of the content (so that the store the
 * other tests read is left alone); resolves once it answers.
 */
export async function astroDev(): Promise<{ url: string; fermer: () => void }> {
  const contenu = fileURLToPath(new URL('../.tmp/contenu-dev/', import.meta.url));
  rmSync(contenu, { recursive: true, force: true });
  cpSync('content', contenu, { recursive: true });
  const port = 4600 + Math.floor(Math.random() * 300);
  const processus = spawn(process.execPath, [ASTRO, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    env: { ...environnement(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', CONTENU: contenu },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}/`;
  for (let essai = 0; essai < 120; essai++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { url, fermer: () => processus.kill() };
    await new Promise((ok) => setTimeout(ok, 500));
  }
  processus.kill();
  throw new Error(`astro dev ne répond pas sur ${url}`);
}
