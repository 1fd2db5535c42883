// In Chromium, every page type works under its Content-Security-Policy (no violation reported),
// requests nothing from another origin, and logs no error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { lancerNavigateur, servir } from '../support/navigateur.ts';
import { TYPES_DE_PAGE } from './accessibilite.test.ts';

let navigateur: Browser;
let site: Awaited<ReturnType<typeof servir>>;
beforeAll(async () => { [navigateur, site] = await Promise.all([lancerNavigateur(), servir()]); });
afterAll(async () => { await navigateur?.close(); await site?.fermer(); });

const PAGES = [...TYPES_DE_PAGE, 'pratiques/flora-yvelines/?surligner=femmes', 'recherche/?q=famille&thematique=aller-vers&annee-min=2012'];

describe('sécurité et sobriété dans Chromium', () => {
  it.each(PAGES)('/%s : aucune violation de CSP, aucune requête ailleurs, aucune erreur', async (chemin) => {
    const page = await navigateur.newPage();
    const ailleurs: string[] = [];
    const erreurs: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith(site.url) && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) ailleurs.push(r.url()); });
    page.on('pageerror', (e) => erreurs.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error' && !/404 \(Not Found\)/.test(m.text())) erreurs.push(m.text()); });
    await page.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(site.url + chemin);
    if (chemin.startsWith('recherche/')) await page.locator('#resultats li').first().waitFor();
    if (chemin.startsWith('selection/')) await page.locator('#selection-liste li').first().waitFor();
    if (chemin.includes('surligner')) await page.locator('mark').first().waitFor();
    if (chemin.startsWith('contribuer/')) await page.getByLabel('Titre *', { exact: true }).fill('Une pratique');
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    expect(ailleurs).toEqual([]);
    expect(erreurs).toEqual([]);
    await page.close();
  });
});
