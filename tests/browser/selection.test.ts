// « Ma sélection » in Chromium: a shared address never overwrites the receiver's own selection unless
// they choose, and the printed selection is ready before any print, with no blank page, each sheet
// with its URL, QR code and licence.
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { parse } from 'node-html-parser';
import { test } from '../support/test-navigateur.ts';
import { violationsAxe } from '../support/axe.ts';
import { chemin, fiches, titre } from '../support/catalogue.ts';
import { textesPdf } from '../support/pdf.ts';
import { html, SITE } from '../support/site.ts';
import { SITE as CATALOGUE } from '../../src/lib/site.ts';
import { CLE_STOCKAGE } from '../../src/lib/selection.ts';

// Three sheets of the catalogue, whatever they are: mine are the first two, the shared list is the
// third then the second (one new sheet, one in common, in another order).
if (fiches.length < 3) throw new Error('il faut au moins trois fiches pour composer deux sélections différentes');
const [a, b, c] = fiches.map((f) => f.id);
const MIENNES = [a!, b!];
const PARTAGEES = [c!, b!];

const lien = (slugs: readonly string[]) => `selection/?fiches=${slugs.join(',')}`;
const titres = (page: Page, liste: string) => page.locator(`${liste} > li > a`).allTextContents();
const stockee = (page: Page) => page.evaluate((cle) => JSON.parse(localStorage.getItem(cle) ?? 'null') as unknown, CLE_STOCKAGE);
const parametres = (page: Page) => new URL(page.url()).search;

/** A browser that already has `slugs` as its selection. */
async function avecSelection(page: Page, url: string, slugs: readonly string[]) {
  await page.goto(`${url}a-propos/`);
  await page.evaluate(([cle, valeur]) => localStorage.setItem(cle!, valeur!), [CLE_STOCKAGE, JSON.stringify(slugs)]);
}

describe('recevoir une sélection partagée', () => {
  test('montre la sélection partagée à part, sans toucher à la sienne tant qu’on n’a pas choisi', async ({ page, site }) => {
    await avecSelection(page, site.url, MIENNES);
    await page.goto(site.url + lien(PARTAGEES));
    const partage = page.getByRole('region', { name: 'Sélection partagée' });
    await partage.waitFor();
    expect(await titres(page, '#partage-liste')).toEqual(PARTAGEES.map(titre));
    expect(await page.locator('#partage-liste button').count()).toBe(0);
    expect(await page.locator('#selection').isVisible()).toBe(false);
    expect(await stockee(page)).toEqual(MIENNES);
    // Their own selection, one click away.
    await page.getByText('Voir ma sélection (2 fiches)').click();
    expect(await page.locator('#partage-miennes > li > a').evaluateAll((l) => l.map((e) => (e as HTMLElement).innerText))).toEqual(
      MIENNES.map(titre),
    );
    // Until they choose, a reload asks again and changes nothing.
    await page.reload();
    await partage.waitFor();
    expect(parametres(page)).toBe(`?fiches=${PARTAGEES.join(',')}`);
    expect(await stockee(page)).toEqual(MIENNES);
  });

  test('« Ajouter à ma sélection » : ses fiches d’abord, puis les nouvelles ; l’adresse perd la liste', async ({ page, site }) => {
    await avecSelection(page, site.url, MIENNES);
    await page.goto(site.url + lien(PARTAGEES));
    await page.getByRole('button', { name: 'Ajouter à ma sélection' }).click();
    const union = [a!, b!, c!];
    await expect.poll(() => titres(page, '#selection-liste')).toEqual(union.map(titre));
    expect(await stockee(page)).toEqual(union);
    expect(await page.locator('#annonce').textContent()).toBe('1 fiche ajoutée à votre sélection, qui en compte maintenant 3.');
    expect(await page.locator('#partage').isVisible()).toBe(false);
    expect(parametres(page)).toBe('');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('selection-statut');
    await page.reload();
    await expect.poll(() => titres(page, '#selection-liste')).toEqual(union.map(titre));
    expect(await page.locator('#partage').isVisible()).toBe(false);
  });

  test('« Remplacer ma sélection » : la sélection partagée devient la sienne', async ({ page, site }) => {
    await avecSelection(page, site.url, MIENNES);
    await page.goto(site.url + lien(PARTAGEES));
    await page.getByRole('button', { name: 'Remplacer ma sélection' }).click();
    await expect.poll(() => titres(page, '#selection-liste')).toEqual(PARTAGEES.map(titre));
    expect(await stockee(page)).toEqual(PARTAGEES);
    expect(await page.locator('#annonce').textContent()).toBe('Votre sélection est remplacée par la sélection partagée : 2 fiches.');
    expect(parametres(page)).toBe('');
  });

  test('sans sélection, on adopte la sélection partagée, et on le dit', async ({ page, site }) => {
    await page.goto(site.url + lien(PARTAGEES));
    await expect.poll(() => titres(page, '#selection-liste')).toEqual(PARTAGEES.map(titre));
    const message =
      'Vous n’aviez pas encore de sélection dans ce navigateur : la sélection partagée, de 2 fiches, est maintenant la vôtre.';
    expect(await page.locator('#selection-statut').textContent()).toBe(message);
    expect(await page.locator('#annonce').textContent()).toBe(message);
    expect(await page.locator('#partage').isVisible()).toBe(false);
    expect(await stockee(page)).toEqual(PARTAGEES);
    expect(parametres(page)).toBe('');
  });

  test('la même liste que la sienne ne demande rien', async ({ page, site }) => {
    await avecSelection(page, site.url, MIENNES);
    await page.goto(site.url + lien(MIENNES));
    await expect.poll(() => titres(page, '#selection-liste')).toEqual(MIENNES.map(titre));
    expect(await page.locator('#partage').isVisible()).toBe(false);
    expect(parametres(page)).toBe('');
  });
});

describe('la sélection partagée, accessible', () => {
  // axe is injected as an inline script: the page's CSP (tested on its own) would block it.
  test.override({ optionsPage: { bypassCSP: true } });
  test('aucune violation axe pendant le choix', async ({ page, site }) => {
    await avecSelection(page, site.url, MIENNES);
    await page.goto(site.url + lien(PARTAGEES));
    await page.locator('#impression[data-pret]').waitFor({ state: 'attached' });
    await page.locator('#partage summary').click();
    expect(await violationsAxe(page)).toEqual([]);
  });
});

/** Text without spaces nor ligatures, as the PDF's line breaks and fonts leave it. */
const serre = (t: string) => t.normalize('NFKC').replace(/\s+/g, '');

describe('imprimer la sélection', () => {
  test('prête dès l’affichage, sans attendre l’impression : pas de page blanche, chaque fiche avec son adresse, son code QR et sa licence', async ({
    page,
    site,
  }) => {
    // Two sheets in an order of the user's: the last one of the catalogue, then the first.
    const choisies = [fiches.at(-1)!, fiches[0]!];
    await page.addInitScript(() => {
      (window as unknown as { avantImpression: number }).avantImpression = 0;
      addEventListener('beforeprint', () => (window as unknown as { avantImpression: number }).avantImpression++);
    });
    await page.goto(site.url + lien(choisies.map((f) => f.id)));
    await page.locator('#impression[data-pret]').waitFor({ state: 'attached' });
    expect(await page.evaluate(() => (window as unknown as { avantImpression: number }).avantImpression)).toBe(0);
    expect(await page.locator('#impression > article h1').allTextContents()).toEqual(choisies.map((f) => f.data.titre));

    // What Ctrl+P would print now: the PDF of the page, page by page.
    const pages = textesPdf(await page.pdf({ preferCSSPageSize: true }));
    expect(pages.length).toBeGreaterThanOrEqual(choisies.length);
    const enTete = serre(await page.title());
    const corps = pages.map((texte, i) => {
      const t = serre(texte);
      expect(t, `page ${i + 1} : titre courant`).toContain(enTete);
      expect(t, `page ${i + 1} : numéro`).toContain(`${i + 1}/${pages.length}`);
      return t.replace(enTete, '').replace(`${i + 1}/${pages.length}`, '');
    });
    corps.forEach((t, i) => expect(t, `page ${i + 1} blanche`).not.toBe(''));
    // Each sheet starts a page (the first one the first page), and its pages hold its URL and licence.
    const debuts = choisies.map((f) => corps.findIndex((t) => t.startsWith(serre(f.data.titre))));
    expect(debuts[0]).toBe(0);
    for (let k = 1; k < debuts.length; k++) expect(debuts[k]).toBeGreaterThan(debuts[k - 1]!);
    choisies.forEach((f, k) => {
      const texte = corps.slice(debuts[k], debuts[k + 1] ?? corps.length).join('');
      expect(texte, f.id).toContain(serre(`Fiche en ligne : ${SITE}${chemin(f)}`));
      expect(texte, f.id).toContain(serre(`contenu sous licence ${CATALOGUE.licence.nom}`));
    });

    // The QR code of each sheet, printed at its size: the one its own page draws.
    await page.emulateMedia({ media: 'print' });
    for (const [k, f] of choisies.entries()) {
      const qr = page.locator('#impression > article').nth(k).locator('footer.impression-seule .qr');
      expect(await qr.getAttribute('aria-label')).toBe(`Code QR de l’adresse ${SITE}${chemin(f)}`);
      const boite = (await qr.locator('svg').boundingBox())!;
      expect(boite.width).toBeGreaterThan(80);
      expect(boite.width).toBeLessThan(120);
      const traces = parse(html(`pratiques/${f.id}/`))
        .querySelectorAll('footer.impression-seule .qr svg path')
        .map((p) => p.getAttribute('d'));
      expect(await qr.locator('svg path').evaluateAll((l) => l.map((p) => p.getAttribute('d')))).toEqual(traces);
    }
    expect(await page.locator('#impression').isVisible()).toBe(true);
    for (const cache of ['#selection', 'h1 >> nth=0', 'header.entete', 'footer.pied'])
      expect(await page.locator(cache).isVisible(), cache).toBe(false);
  });

  test('suit la liste : réordonner ou retirer une fiche change aussitôt ce qui s’imprimera', async ({ page, site }) => {
    await avecSelection(page, site.url, MIENNES);
    await page.goto(`${site.url}selection/`);
    const imprimees = async () => {
      await page.locator('#impression[data-pret]').waitFor({ state: 'attached' });
      return page.locator('#impression > article h1').allTextContents();
    };
    expect(await imprimees()).toEqual(MIENNES.map(titre));
    await page.getByRole('button', { name: `Monter « ${titre(b!)} »` }).click();
    await expect.poll(imprimees).toEqual([titre(b!), titre(a!)]);
    await page.getByRole('button', { name: `Retirer « ${titre(a!)} » de la sélection` }).click();
    await expect.poll(imprimees).toEqual([titre(b!)]);
  });

  test('pendant le choix, imprime la sélection partagée, celle qui est à l’écran', async ({ page, site }) => {
    await avecSelection(page, site.url, MIENNES);
    await page.goto(site.url + lien(PARTAGEES));
    await page.locator('#impression[data-pret]').waitFor({ state: 'attached' });
    expect(await page.locator('#impression > article h1').allTextContents()).toEqual(PARTAGEES.map(titre));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#partage').isVisible()).toBe(false);
  });
});
