// Trainers in Chromium: copy a section's link, build « ma sélection » and share it, print.
import { readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import { FORMATS } from '../../src/lib/citation.ts';
import { lireReference } from '../support/citations.ts';
import { dateFrancaise } from '../../src/lib/format.ts';
import { test } from '../support/test-navigateur.ts';
import type { Page } from 'playwright-core';
import { ANCRES_REQUISES, chemin, ficheOu, fiches, REPERE, titre } from '../support/catalogue.ts';
import { TELEPHONE } from '../support/ecran.ts';
import { SITE } from '../support/site.ts';

// Any sheet will do, but the one search finds by its own word (REPERE): the selection holds both.
const fiche = ficheOu('une autre que celle du mot repère', (f) => f.id !== REPERE.fiche.id).id;
const section = ANCRES_REQUISES.at(-1)!;
// For print, a sheet that links another page of the site from its text.
const LIEN_INTERNE = /(?<!!)\[[^\]]*\]\((\/[^)\s]*)\)/;
const avecLien = ficheOu('un lien interne dans son texte', (f) => LIEN_INTERNE.test(f.body ?? ''));
const pressePapiers = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

describe('un formateur dans Chromium', () => {
  test.override({ optionsPage: { permissions: ['clipboard-read', 'clipboard-write'] } });

  test('copie le lien d’une section d’un clic', async ({ page, site }) => {
    await page.goto(`${site.url}pratiques/${fiche}/`);
    await page.getByRole('link', { name: `Lien de la section « ${section.titre} »` }).click();
    await expect.poll(() => page.locator('#annonce').textContent()).toBe('Lien de la section copié.');
    expect(await pressePapiers(page)).toBe(`${site.url}pratiques/${fiche}/#${section.id}`);
    expect(new URL(page.url()).hash).toBe(`#${section.id}`);
  });

  test('télécharge la référence de la fiche, un fichier à son nom pour chaque logiciel de bibliographie', async ({ page, site }) => {
    await page.goto(`${site.url}pratiques/${fiche}/`);
    for (const format of FORMATS) {
      const [fichier] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: format.libelle, exact: true }).click(),
      ]);
      expect(fichier.suggestedFilename()).toBe(`${fiche}${format.suffixe}`);
      const texte = readFileSync((await fichier.path())!, 'utf8');
      expect(lireReference(texte).url).toBe(`${SITE}/pratiques/${fiche}/`);
    }
  });

  describe('sur un téléphone', () => {
    test.override({ optionsPage: { permissions: ['clipboard-read', 'clipboard-write'], viewport: TELEPHONE } });

    test('trouve « Copier la référence » sur sa propre ligne, au-dessus des téléchargements', async ({ page, site }) => {
      await page.goto(`${site.url}pratiques/${fiche}/`);
      const bouton = (await page.getByRole('button', { name: 'Copier la référence' }).boundingBox())!;
      const suite = (await page.getByText('Télécharger pour un logiciel de bibliographie').boundingBox())!;
      expect(bouton.y + bouton.height).toBeLessThanOrEqual(suite.y);
    });
  });

  test('sans JavaScript, n’offre pas de bouton de copie qui ne copierait rien', async ({ navigateur, site }) => {
    const page = await navigateur.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.url}pratiques/${fiche}/`);
    expect(await page.getByText('Télécharger pour un logiciel de bibliographie').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Copier la référence' }).count()).toBe(0);
    await page.close();
  });

  // 25 hours apart, these two zones never share a day: a reference dated in UTC fails in one of them.
  describe.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago'])('dans le fuseau %s', (fuseau) => {
    test.override({ optionsPage: { permissions: ['clipboard-read', 'clipboard-write'], timezoneId: fuseau } });

    test('copie la référence APA, datée du jour du lecteur', async ({ page, site }) => {
      await page.goto(`${site.url}pratiques/${fiche}/`);
      await page.getByRole('button', { name: 'Copier la référence' }).click();
      const jour = new Intl.DateTimeFormat('en-CA', { timeZone: fuseau }).format(new Date()); // YYYY-MM-DD
      await expect.poll(() => pressePapiers(page)).toContain(`Consulté le ${dateFrancaise(jour)},`);
    });
  });

  test('compose une sélection depuis une fiche et la recherche, la réordonne, la partage et la retrouve ailleurs', async ({
    page,
    site,
    navigateur,
    onTestFinished,
  }) => {
    const { fiche: autre, mot } = REPERE;
    await page.goto(`${site.url}pratiques/${fiche}/`);
    await page.getByRole('button', { name: 'Ajouter à ma sélection' }).click();
    expect(await page.getByRole('button', { name: 'Dans ma sélection ✓' }).getAttribute('aria-pressed')).toBe('true');
    await page.goto(`${site.url}recherche/?q=${encodeURIComponent(mot)}`);
    await page.locator('#resultats li').first().getByRole('button', { name: 'Ajouter à ma sélection' }).click();
    await page.goto(`${site.url}selection/`);
    const titres = () => page.locator('#selection-liste > li > a').allTextContents();
    await expect.poll(titres).toEqual([titre(fiche), autre.data.titre]);
    await page.getByRole('button', { name: `Monter « ${autre.data.titre} »` }).click();
    await expect.poll(titres).toEqual([autre.data.titre, titre(fiche)]);
    const adresse = await page.locator('#selection-adresse').inputValue();
    expect(adresse).toBe(`${site.url}selection/?fiches=${autre.id},${fiche}`);
    expect(await page.locator('#export-markdown').inputValue()).toBe(
      `- [${autre.data.titre}](${SITE}${chemin(autre)})\n- [${titre(fiche)}](${SITE}${chemin(fiche)})`,
    );

    // Another browser profile: nothing stored there, the address alone carries the selection.
    const ailleurs = await navigateur.newContext();
    onTestFinished(() => ailleurs.close());
    const autrePage = await ailleurs.newPage();
    await autrePage.goto(adresse);
    await expect.poll(() => autrePage.locator('#selection-liste > li > a').allTextContents()).toEqual([autre.data.titre, titre(fiche)]);
    await autrePage.goto(`${site.url}pratiques/${fiche}/`);
    expect(await autrePage.getByRole('button', { name: 'Dans ma sélection ✓' }).count()).toBe(1);
  });

  test('imprime une fiche proprement : ni navigation ni boutons, la carte gardée, l’adresse et le code QR au pied', async ({
    page,
    site,
  }) => {
    await page.goto(`${site.url}pratiques/${avecLien.id}/`);
    await page.emulateMedia({ media: 'print' });
    for (const cache of ['header.entete', 'footer.pied', '.sommaire', '.fil-ariane'])
      expect(await page.locator(cache).isVisible(), cache).toBe(false);
    for (const visible of ['h1', '.encart', '.texte', 'footer.impression-seule', '.qr'])
      expect(await page.locator(visible).first().isVisible(), visible).toBe(true);
    const apres = await page
      .locator('.texte a[data-url]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(apres).toContain(`${SITE}${LIEN_INTERNE.exec(avecLien.body!)![1]}`);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  test('imprime toute la sélection à la suite, dans l’ordre', async ({ page, site }) => {
    // The last two sheets, last first: an order of the user's, not the alphabet's.
    const choisies = fiches.slice(-2).reverse();
    await page.goto(`${site.url}selection/?fiches=${choisies.map((f) => f.id).join(',')}`);
    await page.locator('#selection-liste > li').first().waitFor();
    await page.evaluate(() => {
      window.print = () => {};
    });
    await page.getByRole('button', { name: 'Imprimer la sélection' }).click();
    await expect.poll(() => page.locator('#impression article h1').allTextContents()).toEqual(choisies.map((f) => f.data.titre));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#impression').isVisible()).toBe(true);
    expect(await page.locator('#selection-liste').isVisible()).toBe(false);
  });
});
