// Running Astro's CLI from the tests.
import { spawnSync } from 'node:child_process';
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
