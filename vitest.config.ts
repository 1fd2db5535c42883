/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// getViteConfig gives tests the `astro:content` module (getCollection) over the synced data store.
export default getViteConfig({
  test: {
    globalSetup: ['tests/global-setup.ts'],
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
    // Pagefind loads its index over the network on first use: give polled assertions time.
    expect: { poll: { timeout: 10_000 } },
  },
});
