// Under a sub-path, in Chromium: search works and its links stay under the base; an old address
// redirects to the new one and keeps the section a trainer linked to.
import { describe, expect } from 'vitest';
import { test } from '../support/test-navigateur.ts';
import { ANCRES_REQUISES, REPERE } from '../support/catalogue.ts';
import { BASE_SOUS_CHEMIN as BASE, RENOMMEE } from '../support/sous-chemin.ts';

describe(`sous ${BASE} dans Chromium`, () => {
  test('cherche, filtre et mène à la fiche sous le sous-chemin', async ({ page, siteSousChemin: site }) => {
    const { fiche, mot } = REPERE;
    await page.goto(`${site.url}recherche/?q=${encodeURIComponent(mot)}&pays=${fiche.data.territoire.pays[0]}`);
    await expect.poll(() => page.locator('#statut').textContent()).toMatch(`pour « ${mot} »`);
    const href = await page.locator('#resultats h2 a').first().getAttribute('href');
    expect(href).toMatch(new RegExp(`^${BASE}pratiques/${fiche.id}/`));
    await page.locator('#resultats h2 a').first().click();
    await page.waitForURL(new RegExp(`${BASE}pratiques/${fiche.id}/`));
    expect(await page.locator('h1').textContent()).toBe(fiche.data.titre);
  });

  test.for(ANCRES_REQUISES)(
    'renvoie une ancienne adresse vers la nouvelle, en gardant l’ancre de section #$id',
    async ({ id }, { page, siteSousChemin: site }) => {
      await page.goto(`${site.url}pratiques/${RENOMMEE.ancien}/#${id}`);
      await page.waitForURL(`${site.url}pratiques/${RENOMMEE.slug}/#${id}`);
      expect(await page.locator(`h2#${id}`).count()).toBe(1);
    },
  );
});
