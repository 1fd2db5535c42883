// The browser tests' `test`: `import { test } from '../support/test-navigateur.ts'`, then
// `test('…', async ({ page, site }) => …)`. Chromium and the servers start once per worker; each test
// gets a page of its own, closed after it.
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { test as base } from 'vitest';
import { lancerNavigateur, servir, type Site } from './navigateur.ts';
import { GENERE } from './site.ts';
import { BASE_SOUS_CHEMIN, SITE_SOUS_CHEMIN } from './sous-chemin.ts';

/**
 * - `navigateur` (per worker): one Chromium, closed when the worker ends;
 * - `site` (per worker): dist/ served at the root; `siteSousChemin`: the sub-path build under its base;
 *   `siteGenere`: the generated catalogue whose search index is in slices (GENERE);
 * - `page` (per test): a new page in a context of its own, closed after the test, made with
 *   `optionsPage` (none by default; `test.override({ optionsPage: { … } })` in a suite changes them).
 */
export const test = base
  .extend('navigateur', { scope: 'worker' }, async ({}, { onCleanup }): Promise<Browser> => {
    const navigateur = await lancerNavigateur();
    onCleanup(() => navigateur.close());
    return navigateur;
  })
  .extend('site', { scope: 'worker' }, async ({}, { onCleanup }): Promise<Site> => {
    const site = await servir();
    onCleanup(() => site.fermer());
    return site;
  })
  .extend('siteSousChemin', { scope: 'worker' }, async ({}, { onCleanup }): Promise<Site> => {
    const site = await servir(SITE_SOUS_CHEMIN, BASE_SOUS_CHEMIN);
    onCleanup(() => site.fermer());
    return site;
  })
  .extend('siteGenere', { scope: 'worker' }, async ({}, { onCleanup }): Promise<Site> => {
    const site = await servir(GENERE.dossier);
    onCleanup(() => site.fermer());
    return site;
  })
  .extend('optionsPage', {} as BrowserContextOptions)
  .extend('page', async ({ navigateur, optionsPage }, { onCleanup }): Promise<Page> => {
    const page = await navigateur.newPage(optionsPage);
    onCleanup(() => page.close());
    return page;
  });
