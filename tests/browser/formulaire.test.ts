// The contribution form as an editor meets it: rows of sources and sites, messages with the fields'
// French names, a draft that outlives the tab, a sheet too long for an address, a name already taken,
// and errors that never move the control under the pointer.
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { LONGUEUR_MAX_ADRESSE } from '../../src/lib/formulaire.ts';
import { fiches } from '../support/catalogue.ts';
import { test } from '../support/test-navigateur.ts';

const ouvrir = async (page: Page, url: string) => {
  await page.goto(`${url}contribuer/`);
  await page.locator('#proposer').waitFor();
};

describe('le formulaire, comme un éditeur s’en sert', () => {
  test('ajoute et retire des lignes de sources, renumérotées, et les met dans la fiche', async ({ page, site }) => {
    await ouvrir(page, site.url);
    const sources = page.locator('#champ-sources');
    await sources.getByRole('button', { name: /^Ajouter une ligne/ }).click();
    await sources.getByRole('button', { name: /^Ajouter une ligne/ }).click();
    await expect.poll(() => sources.locator('.ligne').count()).toBe(3);
    await page.locator('#champ-sources\\[2\\]\\.titre').fill('Troisième document');
    await sources.getByRole('button', { name: 'Retirer la ligne 2' }).click();
    expect(await sources.locator('legend').allTextContents()).toEqual(['Sources *', 'Ligne 1', 'Ligne 2']);
    expect(await page.locator('#champ-sources\\[1\\]\\.titre').inputValue()).toBe('Troisième document');
    await page.locator('#champ-sources\\[1\\]\\.auteur').fill('Une association');
    await expect.poll(() => page.locator('#apercu').textContent()).toMatch(/- titre: Troisième document\n\s+auteur: Une association/);
  });

  test('nomme dans le bilan chaque champ par son libellé, ligne comprise', async ({ page, site }) => {
    await ouvrir(page, site.url);
    await page
      .locator('#champ-sources')
      .getByRole('button', { name: /^Ajouter une ligne/ })
      .click();
    await page.locator('#champ-sources\\[1\\]\\.url').fill('pas une adresse');
    await page.getByRole('button', { name: 'Vérifier la fiche' }).click();
    const bilan = await page.locator('#bilan-liste a').allTextContents();
    expect(bilan).toContainEqual(expect.stringMatching(/^Sources \(ligne 2\) › Adresse web du document : /));
    expect(bilan).toContainEqual(expect.stringMatching(/^Titre : /));
    expect(bilan.join('\n')).not.toMatch(/sources\[|territoire\./);
  });

  test('garde le brouillon après un rechargement, et l’efface à la demande', async ({ page, site }) => {
    await ouvrir(page, site.url);
    await page.getByLabel('Titre *', { exact: true }).fill('Une pratique en cours de saisie');
    await page.locator('#champ-publics').getByLabel('Jeunes').check();
    await page
      .locator('#champ-sources')
      .getByRole('button', { name: /^Ajouter une ligne/ })
      .click();
    await page.locator('#champ-sources\\[1\\]\\.titre').fill('Un second document');
    await expect.poll(() => page.evaluate(() => Object.values(localStorage).join())).toContain('Un second document');
    await page.reload();
    await page.locator('#proposer').waitFor();
    expect(await page.getByLabel('Titre *', { exact: true }).inputValue()).toBe('Une pratique en cours de saisie');
    expect(await page.locator('#champ-publics').getByLabel('Jeunes').isChecked()).toBe(true);
    expect(await page.locator('#champ-sources\\[1\\]\\.titre').inputValue()).toBe('Un second document');
    await page.getByRole('button', { name: 'Effacer le brouillon' }).click();
    expect(await page.getByLabel('Titre *', { exact: true }).inputValue()).toBe('');
    await page.reload();
    await page.locator('#proposer').waitFor();
    expect(await page.getByLabel('Titre *', { exact: true }).inputValue()).toBe('');
    expect(await page.locator('#champ-sources .ligne').count()).toBe(1);
  });

  test('propose une fiche trop longue pour une adresse en la copiant, le fichier déjà nommé', async ({ page, site }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await ouvrir(page, site.url);
    await page.getByLabel('Titre *', { exact: true }).fill('Une pratique très documentée');
    const long = 'Un texte écrit par l’éditeur. '.repeat(Math.ceil(LONGUEUR_MAX_ADRESSE / 20));
    await page.getByLabel(/^Section « Descriptif de l’action »/).fill(long);
    await expect.poll(() => page.locator('#proposer-coller').isVisible()).toBe(true);
    const adresse = new URL((await page.locator('#proposer-github').getAttribute('href'))!);
    expect(adresse.href.length).toBeLessThanOrEqual(LONGUEUR_MAX_ADRESSE);
    expect(adresse.searchParams.get('filename')).toBe('content/pratiques/une-pratique-tres-documentee.mdx');
    expect(adresse.searchParams.has('value')).toBe(false);
    // The click copies the whole file, then leaves for the repository (a 204 keeps the page: no network in tests).
    const depart = new Promise<string>((ok) =>
      page.route(`${adresse.origin}/**`, (r) => {
        ok(r.request().url());
        void r.fulfill({ status: 204 });
      }),
    );
    await page.locator('#proposer-github').click();
    expect(await depart).toBe(adresse.href);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(long.trim());
  });

  test('refuse un nom de fichier déjà pris par une fiche', async ({ page, site }) => {
    await ouvrir(page, site.url);
    await page.getByLabel('Nom du fichier').fill(fiches[0]!.id);
    await page.getByLabel('Nom du fichier').blur();
    await expect.poll(() => page.locator('#champ-slug-erreur').textContent()).toContain(`la fiche « ${fiches[0]!.id} » existe déjà`);
  });

  test('n’affiche une erreur qu’une fois le clic posé : le bouton visé n’a pas bougé', async ({ page, site }) => {
    await ouvrir(page, site.url);
    const titre = page.getByLabel('Titre *', { exact: true });
    await titre.fill('abc');
    const cible = page.getByLabel(/^Résumé \*/);
    await cible.scrollIntoViewIfNeeded();
    const avant = (await cible.boundingBox())!;
    await page.mouse.move(avant.x + 5, avant.y + avant.height / 2);
    await page.mouse.down();
    expect((await cible.boundingBox())!.y).toBe(avant.y);
    await page.mouse.up();
    await expect.poll(() => page.locator('#champ-titre-erreur').textContent()).toMatch(/texte trop court/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('champ-resume');
    expect((await cible.boundingBox())!.y).toBeGreaterThan(avant.y); // the error came, once the click had landed
  });
});
