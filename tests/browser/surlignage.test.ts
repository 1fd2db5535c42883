// On arrival from the search, a sheet or a theme page marks every form of the words searched for.
import { describe, expect } from 'vitest';
import { plierTexte } from '../../src/lib/surlignage.ts';
import { fiches, thematiques } from '../support/catalogue.ts';
import { test } from '../support/test-navigateur.ts';

/** A word of the page's body ending in « -ement », and the verb a reader would type for it. */
const motEnEment = (corps: string) => {
  const mot = corps.match(/(?<![\p{L}])\p{L}{6,}ement(?![\p{L}])/u)?.[0];
  if (!mot) throw new Error('aucun mot en « -ement » dans ce texte');
  return { mot, verbe: `${mot.slice(0, -'ement'.length)}er` };
};

describe('le surlignage à l’arrivée', () => {
  test.for([
    ['une fiche', () => fiches.find((f) => /\p{L}{6,}ement\b/u.test(f.body ?? ''))!, 'pratiques'],
    ['une page de thématique', () => thematiques.find((t) => /\p{L}{6,}ement\b/u.test(t.body ?? ''))!, 'thematiques'],
  ] as const)('marque sur %s les autres formes du mot cherché', async ([, choisir, dossier], { page, site }) => {
    const page_ = choisir();
    const { mot, verbe } = motEnEment(page_.body!);
    await page.goto(`${site.url}${dossier}/${page_.id}/?surligner=${encodeURIComponent(verbe)}`);
    await expect.poll(() => page.locator('.texte mark').count()).toBeGreaterThan(0);
    const marques = (await page.locator('.texte mark').allTextContents()).map(plierTexte);
    expect(marques).toContain(plierTexte(mot));
  });

  test('marque chaque partie d’un mot composé', async ({ page, site }) => {
    const fiche = fiches.find((f) => /(?<![\p{L}-])\p{L}{3,}-\p{L}{4,}(?![\p{L}-])/u.test(f.body ?? ''))!;
    const compose = fiche.body!.match(/(?<![\p{L}-])\p{L}{3,}-\p{L}{4,}(?![\p{L}-])/u)![0];
    await page.goto(`${site.url}pratiques/${fiche.id}/?surligner=${encodeURIComponent(compose)}`);
    await expect.poll(() => page.locator('.texte mark').count()).toBeGreaterThan(1);
    const marques = (await page.locator('.texte mark').allTextContents()).map(plierTexte);
    for (const partie of compose.split('-'))
      expect(
        marques.some((m) => m.startsWith(plierTexte(partie).slice(0, 4))),
        partie,
      ).toBe(true);
  });
});
