// In Chromium, every page type works under its Content-Security-Policy (no violation reported),
// requests nothing from another origin, and logs no error.
import { describe, expect } from 'vitest';
import { test } from '../support/test-navigateur.ts';
import { PAGES_ANIMEES, TYPES_DE_PAGE } from '../support/pages.ts';

describe('sécurité et sobriété dans Chromium', () => {
  test.for([...TYPES_DE_PAGE, ...PAGES_ANIMEES])(
    '/%s : aucune violation de CSP, aucune requête ailleurs, aucune erreur',
    async (adresse, { page, site }) => {
      const ailleurs: string[] = [];
      const erreurs: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith(site.url) && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) ailleurs.push(r.url());
      });
      page.on('pageerror', (e) => erreurs.push(String(e)));
      page.on('console', (m) => {
        if (m.type() === 'error' && !/404 \(Not Found\)/.test(m.text())) erreurs.push(m.text());
      });
      await page.addInitScript(() => {
        (window as unknown as { violations: string[] }).violations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`),
        );
      });
      await page.goto(site.url + adresse);
      if (adresse.startsWith('recherche/')) await page.locator('#resultats li').first().waitFor();
      if (adresse.startsWith('selection/')) await page.locator('#selection-liste li').first().waitFor();
      if (adresse.startsWith('comparer/')) await page.locator('#comparaison tbody th').first().waitFor();
      if (adresse.includes('surligner')) await page.locator('mark').first().waitFor();
      if (adresse.startsWith('contribuer/')) await page.getByLabel('Titre *', { exact: true }).fill('Une pratique');
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
      expect(ailleurs).toEqual([]);
      expect(erreurs).toEqual([]);
    },
  );
});
