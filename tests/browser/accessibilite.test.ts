// axe-core in Chromium on one page of each type, and the keyboard path through the search.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { lancerNavigateur, servir } from '../support/navigateur.ts';
import { violationsAxe } from '../support/axe.ts';

export const TYPES_DE_PAGE = [
  '', 'pratiques/', 'pratiques/conferences-familiales-ardeche/', 'pratiques/insertion-sociale-active-valais/',
  'thematiques/', 'thematiques/aller-vers/', 'recherche/', 'recherche/?q=famille&pays=France',
  'glossaire/', 'a-propos/', 'contribuer/', 'publics/', 'publics/jeunes/', 'territoires/', 'territoires/suisse/',
  'territoires/france/07/', 'chronologie/', 'selection/?fiches=flora-yvelines,gip-gers-solidaire', 'nexiste-pas/',
];

let navigateur: Browser;
let site: Awaited<ReturnType<typeof servir>>;
beforeAll(async () => { [navigateur, site] = await Promise.all([lancerNavigateur(), servir()]); });
afterAll(async () => { await navigateur?.close(); await site?.fermer(); });

describe('accessibilité (axe-core, RGAA / WCAG 2.1 AA)', () => {
  it.each(TYPES_DE_PAGE)('/%s : aucune violation', async (chemin) => {
    // axe is injected as an inline script: the page's CSP (tested on its own) would block it.
    const page = await navigateur.newPage({ bypassCSP: true });
    await page.goto(site.url + chemin);
    if (chemin.startsWith('recherche/')) await page.locator('#resultats li').first().waitFor();
    if (chemin.startsWith('selection/')) await page.locator('#selection-liste li').first().waitFor();
    expect(await violationsAxe(page)).toEqual([]);
    await page.close();
  });
});

describe('au clavier seul', () => {
  it('mène de l’accueil à une fiche par la recherche, avec un focus visible', async () => {
    const page = await navigateur.newPage();
    await page.goto(`${site.url}recherche/`);
    const focus = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent?.trim() || '');
    await page.keyboard.press('Tab');
    expect(await focus()).toBe('Aller au contenu');
    for (let i = 0; i < 30 && (await focus()) !== 'q'; i++) await page.keyboard.press('Tab');
    expect(await focus()).toBe('q');
    const contour = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(contour).not.toBe('none');
    await page.keyboard.type('Brantôme');
    await expect.poll(() => page.locator('#statut').textContent()).toMatch(/pour « Brantôme »/);
    // Space ticks a filter; the results follow.
    for (let i = 0; i < 10 && (await focus()) !== 'thematique-pair-aidance'; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect.poll(() => page.url()).toContain('thematique=pair-aidance');
    for (let i = 0; i < 120 && !(await page.evaluate(() => !!document.activeElement?.closest('#resultats'))); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/pratiques\/pair-aidance-aurore-brantome\//);
    await page.close();
  });
});
