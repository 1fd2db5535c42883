// On a phone (390 × 844, touch): acronyms explained by a tap or the keyboard, the map's départements
// reached by large targets, the timeline read down the screen in the order of the years.
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { parse } from 'node-html-parser';
import { test } from '../support/test-navigateur.ts';
import { violationsAxe } from '../support/axe.ts';
import { html } from '../support/site.ts';
import { chemin, ficheOu, fiches, glossaire } from '../support/catalogue.ts';
import { slugify } from '../../src/lib/slug.ts';
import { BASE_SOUS_CHEMIN } from '../support/sous-chemin.ts';

const TELEPHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

/** A sheet whose text explains an acronym, and that acronym: its button's popover, its entry's anchor. */
const avecSigle = ficheOu(
  'un sigle expliqué dans son texte',
  (f) => !!parse(html(`pratiques/${f.id}/`)).querySelector('.texte button[popovertarget]'),
);
const SIGLE = (() => {
  const bouton = parse(html(`pratiques/${avecSigle.id}/`)).querySelector('.texte button[popovertarget]')!;
  const forme = bouton.querySelector('abbr')!.text;
  const s = glossaire.find((g) => g.sigle === forme || g.variantes.includes(forme))!;
  return { bulle: bouton.getAttribute('popovertarget')!, developpe: s.developpe, ancre: slugify(s.sigle) };
})();

const ouvrir = (page: Page, site: { url: string }) => page.goto(`${site.url}${chemin(avecSigle).slice(1)}`);
const bulle = (page: Page) => page.locator(`[id="${SIGLE.bulle}"]`);
const bouton = (page: Page) => page.locator(`button[popovertarget="${SIGLE.bulle}"]`);
const actif = (page: Page) =>
  page.evaluate(() => {
    const e = document.activeElement;
    return e?.getAttribute('popovertarget') ?? e?.getAttribute('href') ?? e?.tagName ?? '';
  });
/** Presses Tab until `arrive` holds, at most once per focusable element of the page. */
async function tabulerJusqua(page: Page, arrive: () => Promise<boolean>) {
  const arrets = await page.locator('a, button, input, select, summary, [tabindex]').count();
  for (let i = 0; i <= arrets && !(await arrive()); i++) await page.keyboard.press('Tab');
  return arrive();
}

describe('sur un téléphone', () => {
  test.override({ optionsPage: TELEPHONE });

  test('un sigle touché montre sa forme développée, et son lien mène à son entrée du glossaire', async ({ page, site }) => {
    await ouvrir(page, site);
    expect(await bulle(page).isVisible()).toBe(false);
    await bouton(page).tap();
    await expect.poll(() => bulle(page).isVisible()).toBe(true);
    expect(await bulle(page).textContent()).toContain(SIGLE.developpe);
    // Whole on the screen.
    const cadre = (await bulle(page).boundingBox())!;
    expect(cadre.x).toBeGreaterThanOrEqual(0);
    expect(cadre.x + cadre.width).toBeLessThanOrEqual(TELEPHONE.viewport.width);
    // A tap elsewhere closes it; another on the acronym opens it again.
    await page.locator('h1').tap();
    await expect.poll(() => bulle(page).isVisible()).toBe(false);
    await bouton(page).tap();
    await expect.poll(() => bulle(page).isVisible()).toBe(true);
    await bulle(page).getByRole('link').tap();
    await page.waitForURL((url) => url.pathname === '/glossaire/' && url.hash === `#${SIGLE.ancre}`);
    expect(await page.locator(`[id="${SIGLE.ancre}"]`).textContent()).toContain(SIGLE.developpe);
    expect(await page.locator(`[id="${SIGLE.ancre}"]`).isVisible()).toBe(true);
  });

  test('sous le sous-chemin aussi, le lien d’un sigle mène à son entrée du glossaire', async ({ page, siteSousChemin }) => {
    await ouvrir(page, siteSousChemin);
    await bouton(page).tap();
    await bulle(page).getByRole('link').tap();
    await page.waitForURL((url) => url.pathname === `${BASE_SOUS_CHEMIN}glossaire/` && url.hash === `#${SIGLE.ancre}`);
    expect(await page.locator(`[id="${SIGLE.ancre}"]`).textContent()).toContain(SIGLE.developpe);
  });

  test('un sigle atteint au clavier s’ouvre par Entrée ; Tab va à son lien, Échap le referme', async ({ page, site }) => {
    await ouvrir(page, site);
    expect(await tabulerJusqua(page, async () => (await actif(page)) === SIGLE.bulle)).toBe(true);
    const contour = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(contour).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect.poll(() => bulle(page).isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await actif(page)).toBe(`/glossaire/#${SIGLE.ancre}`);
    await page.keyboard.press('Escape');
    await expect.poll(() => bulle(page).isVisible()).toBe(false);
    // Enter on the acronym again, then on its link: the glossary entry.
    await bouton(page).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => bulle(page).isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/glossaire/' && url.hash === `#${SIGLE.ancre}`);
  });

  test('les départements s’atteignent par région, avant la carte, sur des cibles d’au moins 24 × 24 px', async ({ page, site }) => {
    await page.goto(`${site.url}territoires/`);
    const liens = page.locator('section[aria-labelledby="regions"] a');
    const n = await liens.count();
    expect(n).toBe(new Set(fiches.flatMap((f) => f.data.territoire.departements)).size);
    const carte = (await page.locator('.carte-france').boundingBox())!;
    for (let i = 0; i < n; i++) {
      const cadre = (await liens.nth(i).boundingBox())!;
      const texte = (await liens.nth(i).textContent()) ?? '';
      expect(cadre.width, texte).toBeGreaterThanOrEqual(24);
      expect(cadre.height, texte).toBeGreaterThanOrEqual(24);
      expect(cadre.y + cadre.height).toBeLessThanOrEqual(carte.y);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(TELEPHONE.viewport.width);
  });

  test('la chronologie tient dans la largeur de l’écran, et le clavier la parcourt dans l’ordre des années', async ({ page, site }) => {
    await page.goto(`${site.url}chronologie/`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(TELEPHONE.viewport.width);
    // The sheets in the order Tab reaches them, from the top of the page.
    const atteintes: string[] = [];
    const arrets = await page.locator('a, button, input, select, summary, [tabindex]').count();
    for (let i = 0; i < arrets; i++) {
      await page.keyboard.press('Tab');
      const ou = await page.evaluate(() => ({
        pied: !!document.activeElement?.closest('footer.pied'),
        lien: document.activeElement?.closest('main') ? document.activeElement.getAttribute('href') : null,
      }));
      if (ou.pied) break;
      if (!ou.lien || !/^\/pratiques\/[^/]+\/$/.test(ou.lien)) continue;
      expect(atteintes, `${ou.lien} atteinte deux fois`).not.toContain(ou.lien);
      atteintes.push(ou.lien);
    }
    expect([...atteintes].sort()).toEqual(fiches.map(chemin).sort());
    const annees = atteintes.map((l) => fiches.find((f) => chemin(f) === l)!.data.annee ?? Infinity);
    expect(annees).toEqual([...annees].sort((a, b) => a - b));
  });
});

describe('sur un téléphone, sigle ouvert', () => {
  // axe is injected as an inline script: the page's CSP (tested on its own) would block it.
  test.override({ optionsPage: { ...TELEPHONE, bypassCSP: true } });

  test('aucune violation axe, la forme développée affichée', async ({ page, site }) => {
    await ouvrir(page, site);
    await bouton(page).tap();
    await expect.poll(() => bulle(page).isVisible()).toBe(true);
    expect(await violationsAxe(page)).toEqual([]);
  });
});
