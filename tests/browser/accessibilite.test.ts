// axe-core in Chromium on one page of each type, and the keyboard path through the search.
import { describe, expect } from 'vitest';
import { test } from '../support/test-navigateur.ts';
import { violationsAxe } from '../support/axe.ts';
import { chemin, REPERE } from '../support/catalogue.ts';
import { TYPES_DE_PAGE } from '../support/pages.ts';
import { TELEPHONE } from '../support/ecran.ts';

describe.each([
  ['un téléphone étroit', { width: 320, height: 640 }],
  ['un téléphone', TELEPHONE],
  ['un ordinateur', { width: 1280, height: 800 }],
])('accessibilité (axe-core, RGAA / WCAG 2.2 AA), sur %s', (_, viewport) => {
  // axe is injected as an inline script: the page's CSP (tested on its own) would block it.
  test.override({ optionsPage: { bypassCSP: true, viewport } });

  test.for(TYPES_DE_PAGE)('/%s : aucune violation', async (adresse, { page, site }) => {
    await page.goto(site.url + adresse);
    if (adresse.startsWith('recherche/')) await page.locator('#resultats li').first().waitFor();
    if (adresse.startsWith('selection/')) await page.locator('#selection-liste li').first().waitFor();
    if (adresse.startsWith('comparer/')) await page.locator('#comparaison tbody th').first().waitFor();
    expect(await violationsAxe(page)).toEqual([]);
  });

  test.for(TYPES_DE_PAGE)('/%s : rien ne recouvre le titre de la page', async (adresse, { page, site }) => {
    await page.goto(site.url + adresse);
    // Once the scripts have run: the menu opens on a wide screen.
    await page.waitForLoadState('load');
    const dessus = await page.evaluate(() => {
      const h1 = document.querySelector('h1')!;
      const { left, top, width, height } = h1.getBoundingClientRect();
      const e = document.elementFromPoint(left + Math.min(width, 40) / 2, top + height / 2);
      return h1.contains(e) ? null : (e?.outerHTML.slice(0, 80) ?? 'rien');
    });
    expect(dessus).toBeNull();
  });
});

describe('au clavier seul', () => {
  test('mène de l’accueil à une fiche par la recherche, avec un focus visible', async ({ page, site }) => {
    const { fiche, mot } = REPERE;
    const theme = `thematique-${fiche.data.thematique}`;
    await page.goto(`${site.url}recherche/`);
    const focus = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent?.trim() || '');
    // Bounds on the Tab presses, so that a focus lost for good fails instead of looping: every stop of the page.
    const arrets = await page.locator('a, button, input, select, summary').count();
    await page.keyboard.press('Tab');
    expect(await focus()).toBe('Aller au contenu');
    for (let i = 0; i < arrets && (await focus()) !== 'q'; i++) await page.keyboard.press('Tab');
    expect(await focus()).toBe('q');
    const contour = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(contour).not.toBe('none');
    await page.keyboard.type(mot);
    await expect.poll(() => page.locator('#statut').textContent()).toMatch(`pour « ${mot} »`);
    // Space ticks a filter; the results follow.
    for (let i = 0; i < arrets && (await focus()) !== theme; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect.poll(() => page.url()).toContain(`thematique=${fiche.data.thematique}`);
    for (let i = 0; i < arrets && !(await page.evaluate(() => !!document.activeElement?.closest('#resultats'))); i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === chemin(fiche));
  });
});
