// Builds the site once (Astro + Pagefind, which also syncs the content store that
// getCollection() reads in tests) before any test that reads dist/.
import { execFileSync } from 'node:child_process';

export default function setup() {
  if (process.env.SANS_CONSTRUCTION) return;
  try {
    execFileSync('astro', ['build'], { stdio: 'pipe', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  } catch (e) {
    const err = e as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`astro build a échoué :\n${err.stdout?.toString() ?? ''}\n${err.stderr?.toString() ?? ''}`);
  }
}
