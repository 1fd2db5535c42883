// Searching an acronym, or what it stands for, shows its glossary definition above the results.
import { getCollection } from 'astro:content';
import { describe, expect } from 'vitest';
import { test } from '../support/test-navigateur.ts';

const [entree] = (await getCollection('glossaire')).map((g) => g.data);

describe('la définition au-dessus des résultats', () => {
  test.for([
    ['le sigle', entree!.sigle],
    ['la forme développée', entree!.developpe],
  ])('paraît pour %s, avec un lien vers le glossaire', async ([, q], { page, site }) => {
    await page.goto(`${site.url}recherche/?q=${encodeURIComponent(q!)}`);
    const definition = page.locator('#definition');
    await expect.poll(() => definition.isVisible()).toBe(true);
    expect(await definition.textContent()).toContain(entree!.developpe);
    await definition.getByRole('link', { name: 'Voir le glossaire' }).click();
    await page.waitForURL(/\/glossaire\/#/);
  });

  test('disparaît quand les mots ne sont plus un sigle', async ({ page, site }) => {
    await page.goto(`${site.url}recherche/?q=${encodeURIComponent(entree!.sigle)}`);
    await expect.poll(() => page.locator('#definition').isVisible()).toBe(true);
    await page.locator('#q').fill(`${entree!.sigle} ${entree!.sigle}x`);
    await expect.poll(() => page.locator('#definition').isVisible()).toBe(false);
  });
});
