// The search page without JavaScript, or without its index: never a dead control, always a way on.
import { describe, expect } from 'vitest';
import { REPERE } from '../support/catalogue.ts';
import { astroDev } from '../support/astro.ts';
import { test } from '../support/test-navigateur.ts';

describe('la recherche sans JavaScript', () => {
  test.override({ optionsPage: { javaScriptEnabled: false } });

  test('ne montre aucun filtre ni tri inopérant, et mène aux listes qui marchent sans lui', async ({ page, site }) => {
    await page.goto(`${site.url}recherche/?q=${encodeURIComponent(REPERE.mot)}`);
    for (const selecteur of ['fieldset[data-facette] input', '#tri', '#annee-min'])
      expect(await page.locator(selecteur).first().isVisible(), selecteur).toBe(false);
    const liens = page.locator('noscript + *, main').getByRole('link', { name: /état d’avancée/ });
    await liens.first().click();
    await page.waitForURL(/\/parcourir\/$/);
    expect(await page.locator('h1').textContent()).toBe('Parcourir le catalogue');
  });
});

describe('la recherche sans son index', () => {
  test('le dit, au lieu de rester vide', async ({ page, site }) => {
    await page.route('**/pagefind/**', (r) => r.fulfill({ status: 404 }));
    await page.goto(`${site.url}recherche/?q=${encodeURIComponent(REPERE.mot)}`);
    await expect.poll(() => page.locator('#statut').textContent()).toMatch(/son index n’a pas pu être chargé/);
  });
});

describe('la recherche sous le serveur de développement', () => {
  test('dit qu’il n’a pas d’index et comment en avoir un', async ({ page }) => {
    const serveur = await astroDev();
    try {
      await page.goto(`${serveur.url}recherche/?q=${encodeURIComponent(REPERE.mot)}`);
      await expect.poll(() => page.locator('#statut').textContent(), { timeout: 30_000 }).toMatch(/pas encore d’index.*« npm start »/);
    } finally {
      serveur.fermer();
    }
  }, 90_000);
});
