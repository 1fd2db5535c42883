import { defineConfig } from 'vitest/config';
import { getViteConfig } from 'astro/config';

// Three projects, each a folder of tests/ (`npm test -- --project unit` runs one):
// - unit: pure functions and commands, on the sources alone: no build, no Astro;
// - build: the built HTML, data files and search index;
// - browser: the built site in a real Chromium.
// build and browser read a build: tests/global-setup.ts makes it, once per run however many of them run;
// getViteConfig gives their tests `astro:content` (getCollection over the store that build synced).
const delais = { testTimeout: 30_000, hookTimeout: 120_000 };
const surLaConstruction = (name: string, options: object = {}) =>
  getViteConfig({
    test: {
      name,
      ...options,
      include: [`tests/${name}/**/*.test.ts`],
      globalSetup: ['tests/global-setup.ts'],
      ...delais,
      // Pagefind loads its index over the network on first use: give polled assertions time.
      expect: { poll: { timeout: 10_000 } },
    },
  });

export default defineConfig({
  test: {
    maxWorkers: 2,
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], ...delais } },
      surLaConstruction('build'),
      // Files share their worker's modules, so that its Chromium and server (worker-scoped fixtures,
      // tests/support/test-navigateur.ts) serve every browser test file it runs: one Chromium per worker.
      surLaConstruction('browser', { isolate: false }),
    ],
  },
});
