// Phone first: every built page fits a 320–390 px screen, its header stays compact, its targets can be
// tapped, and the first screen of a sheet or of the search shows content rather than furniture.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { fiches, REPERE } from '../support/catalogue.ts';
import { ciblesTropPetites, debordement, TELEPHONE, TELEPHONES } from '../support/ecran.ts';
import { DIST, pagesHtml } from '../support/site.ts';
import { test } from '../support/test-navigateur.ts';

/** Every page a reader can open: the redirects left at old addresses send them on at once. */
const PAGES = pagesHtml()
  .filter((p) => !readFileSync(join(DIST, p), 'utf8').includes('http-equiv="refresh"'))
  .map((p) => p.replace(/index\.html$/, '').replace(/^404\.html$/, 'nexiste-pas/'));
const HAUTEUR_ENTETE_MAX = 170;

describe.each(TELEPHONES)('à %i px de large', (largeur) => {
  test.override({ optionsPage: { viewport: { width: largeur, height: TELEPHONE.height } } });

  // One visit per built page: the time grows with the catalogue.
  test('aucune page n’est plus large que l’écran', { timeout: 300_000 }, async ({ page, site }) => {
    const trop: string[] = [];
    for (const chemin of PAGES) {
      await page.goto(site.url + chemin);
      const d = await debordement(page);
      if (d > 0) trop.push(`/${chemin} : ${d} px de trop`);
    }
    expect(trop).toEqual([]);
  });
});

describe('sur un téléphone de 390 × 844', () => {
  test.override({ optionsPage: { viewport: TELEPHONE } });

  // « Good » Cumulative Layout Shift, as Web Vitals rate it.
  const CLS_MAX = 0.1;
  test(`la recherche ne fait pas sauter la page pendant que ses résultats arrivent (CLS < ${CLS_MAX})`, async ({ page, site }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { decalage: number };
      w.decalage = 0;
      new PerformanceObserver((l) => {
        for (const e of l.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
          if (!e.hadRecentInput) w.decalage += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${site.url}recherche/`);
    await page.locator('#resultats li').first().waitFor();
    await page.waitForTimeout(1000); // the rest of the first screen of results, then the counts
    const decalage = await page.evaluate(() => (window as unknown as { decalage: number }).decalage);
    expect(decalage).toBeLessThan(CLS_MAX);
  });

  test(
    `l’en-tête de chaque page tient en ${HAUTEUR_ENTETE_MAX} px, champ de recherche compris, et chaque cible se touche du doigt`,
    { timeout: 300_000 },
    async ({ page, site }) => {
      const hautes: string[] = [];
      const cibles: string[] = [];
      for (const chemin of PAGES) {
        await page.goto(site.url + chemin);
        const entete = (await page.locator('header.entete').boundingBox())!;
        if (entete.height > HAUTEUR_ENTETE_MAX) hautes.push(`/${chemin} : ${Math.round(entete.height)} px`);
        expect(await page.locator('header.entete input[type=search]').isVisible(), chemin).toBe(true);
        // Folded content counts too, once unfolded.
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        for (const c of await ciblesTropPetites(page)) cibles.push(`/${chemin} : ${c}`);
      }
      expect(hautes).toEqual([]);
      expect(cibles).toEqual([]);
    },
  );

  test('le menu s’ouvre et se ferme sans JavaScript aussi', async ({ navigateur, site }) => {
    const page = await navigateur.newPage({ viewport: TELEPHONE, javaScriptEnabled: false });
    await page.goto(site.url);
    const lien = page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link').first();
    expect(await lien.isVisible()).toBe(false);
    await page.getByText('Menu', { exact: true }).click();
    expect(await lien.isVisible()).toBe(true);
    await page.close();
  });

  test(
    'chaque fiche montre sur le premier écran son titre, son résumé et le début de son résumé facile à lire',
    { timeout: 300_000 },
    async ({ page, site }) => {
      const manque: string[] = [];
      for (const f of fiches) {
        await page.goto(`${site.url}pratiques/${f.id}/`);
        // Each begins high enough for its first line to be read: a line of text is under 2rem. The body
        // follows the easy-to-read summary, which comes first, unfolded.
        for (const selecteur of ['h1', '.chapeau', '.facile li']) {
          const b = (await page.locator(selecteur).first().boundingBox())!;
          if (b.y + 32 > TELEPHONE.height) manque.push(`${f.id} : ${selecteur} commence à ${Math.round(b.y)} px`);
        }
      }
      expect(manque).toEqual([]);
    },
  );

  test('la recherche montre sur le premier écran le nombre de résultats et le premier, les filtres repliés avec leur nombre', async ({
    page,
    site,
  }) => {
    const pays = REPERE.fiche.data.territoire.pays[0]!;
    await page.goto(`${site.url}recherche/?q=${encodeURIComponent(REPERE.mot)}&pays=${pays}`);
    await page.locator('#resultats li').first().waitFor();
    expect((await page.locator('#statut').boundingBox())!.y).toBeLessThan(TELEPHONE.height);
    expect((await page.locator('#resultats li').first().boundingBox())!.y).toBeLessThan(TELEPHONE.height);
    const filtres = page.locator('details.facettes > summary');
    expect(await filtres.textContent()).toMatch(/Filtres.*\b1 actif\b/);
    const facette = page.locator('details.facettes details > summary').first();
    expect(await facette.isVisible()).toBe(false);
    await filtres.click();
    expect(await facette.isVisible()).toBe(true);
  });
});
