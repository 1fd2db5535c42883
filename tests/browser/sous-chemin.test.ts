// Under a sub-path, in Chromium: search works and its links stay under the base; an old address
// redirects to the new one and keeps the section a trainer linked to.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { lancerNavigateur, servir } from '../support/navigateur.ts';
import { BASE_SOUS_CHEMIN as BASE, RENOMMEE, SITE_SOUS_CHEMIN } from '../support/site.ts';

let navigateur: Browser;
let site: Awaited<ReturnType<typeof servir>>;
beforeAll(async () => { [navigateur, site] = await Promise.all([lancerNavigateur(), servir(SITE_SOUS_CHEMIN, BASE)]); });
afterAll(async () => { await navigateur?.close(); await site?.fermer(); });

describe(`sous ${BASE} dans Chromium`, () => {
  it('cherche, filtre et mène à la fiche sous le sous-chemin', async () => {
    const page = await navigateur.newPage();
    await page.goto(`${site.url}recherche/?q=Brant%C3%B4me&pays=France`);
    await expect.poll(() => page.locator('#statut').textContent()).toMatch(/pour « Brantôme »/);
    const href = await page.locator('#resultats h2 a').first().getAttribute('href');
    expect(href).toMatch(new RegExp(`^${BASE}pratiques/pair-aidance-aurore-brantome/`));
    await page.locator('#resultats h2 a').first().click();
    await page.waitForURL(new RegExp(`${BASE}pratiques/pair-aidance-aurore-brantome/`));
    expect(await page.locator('h1').textContent()).toMatch(/Aurore/);
    await page.close();
  });

  it('renvoie une ancienne adresse vers la nouvelle, en gardant l’ancre de section', async () => {
    const page = await navigateur.newPage();
    await page.goto(`${site.url}pratiques/${RENOMMEE.ancien}/#evaluation`);
    await page.waitForURL(`${site.url}pratiques/${RENOMMEE.slug}/#evaluation`);
    expect(await page.locator('h2#evaluation').count()).toBe(1);
    await page.close();
  });
});
