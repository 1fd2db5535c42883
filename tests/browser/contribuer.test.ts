// The « Proposer une fiche » form in Chromium: what it produces passes `npm run verifier`,
// and bad input is reported on the field, with the verifier's own words.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { SECTIONS } from '../../src/schema/vocabulaire.ts';
import { formater, verifierCatalogue } from '../../src/lib/verifier-fs.ts';
import { test } from '../support/test-navigateur.ts';
import { CONTENU } from '../support/site.ts';
import { BORNES } from '../support/contrat.ts';
import { frontmatterValide } from '../support/fiche-type.ts';
import { compterMots, MOTS_MAX } from '../../src/lib/facile.ts';

async function remplir(page: Page) {
  await page.getByLabel('Titre *', { exact: true }).fill('Maraudes numériques à Lille');
  await page
    .getByLabel(/^Résumé \*/)
    .fill('Des travailleurs sociaux vont au-devant des jeunes sur les réseaux sociaux pour leur proposer un accompagnement.');
  await page.getByLabel(/^En facile à lire \*/).fill(frontmatterValide().facileALire.join('\n'));
  await page.getByLabel('Thématique *', { exact: true }).selectOption('aller-vers');
  await page.locator('#champ-thematiquesAssociees').getByLabel('Pair-aidance').check();
  await page.getByLabel('Nature *', { exact: true }).selectOption('programme');
  await page.getByLabel('Territoire *', { exact: true }).fill('Ville de Lille');
  await page.locator('#champ-territoire\\.pays').getByLabel('France').check();
  await page.getByLabel(/^Départements/).fill('59');
  await page.getByLabel('Échelle *', { exact: true }).selectOption('commune');
  await page.getByLabel(/^Année de démarrage/).fill('2022');
  await page.getByLabel(/^Porteurs \*/).fill('CCAS de Lille\nAssociation Exemple');
  await page.locator('#champ-typesActeurs').getByLabel('CCAS').check();
  await page.locator('#champ-publics').getByLabel('Jeunes').check();
  await page.getByLabel('État d’avancée *', { exact: true }).selectOption('experimentation');
  await page.locator('#champ-evaluation').getByLabel('Prévue').check();
  await page.getByLabel('Titre du document *').fill('Rapport d’activité 2023');
  await page.getByLabel('Auteur ou institution *').fill('CCAS de Lille');
  for (const { titre: section } of SECTIONS.filter((s) => s.requise)) {
    await page.getByLabel(new RegExp(`^Section « ${section} » \\*`)).fill(`Texte de la section « ${section} », écrit par l’éditeur.`);
  }
}

describe('le formulaire « Proposer une fiche »', () => {
  test('construit une fiche que la vérification du catalogue accepte', async ({ page, site }) => {
    await page.goto(`${site.url}contribuer/`);
    await remplir(page);
    await expect.poll(() => page.locator('#bilan').textContent()).toBe('Aucun problème : la fiche est prête à être proposée.');
    expect(await page.locator('#champ-slug').inputValue()).toBe('maraudes-numeriques-a-lille');
    const texte = (await page.locator('#apercu').textContent())!;
    const dossier = mkdtempSync(join(tmpdir(), 'formulaire-'));
    cpSync(join(CONTENU, 'thematiques'), join(dossier, 'thematiques'), { recursive: true });
    mkdirSync(join(dossier, 'pratiques'));
    writeFileSync(join(dossier, 'pratiques', 'maraudes-numeriques-a-lille.mdx'), texte);
    expect(verifierCatalogue(dossier).problemes.map(formater)).toEqual([]);
    rmSync(dossier, { recursive: true });

    const github = new URL((await page.locator('#proposer-github').getAttribute('href'))!);
    expect(github.pathname).toMatch(/\/new\/main$/);
    expect(github.searchParams.get('filename')).toBe('content/pratiques/maraudes-numeriques-a-lille.mdx');
    expect(github.searchParams.get('value')).toBe(texte);
    expect(await page.locator('#telecharger').getAttribute('download')).toBe('maraudes-numeriques-a-lille.mdx');
  });

  test('signale une saisie invalide sur le champ, avec les mots de la vérification, et dans le bilan', async ({ page, site }) => {
    await page.goto(`${site.url}contribuer/`);
    await remplir(page);
    // Two faults, each on its field.
    const fautes = ['#champ-titre', '#champ-territoire.departements'];
    const court = 'T'.repeat(BORNES.titre.min - 1);
    await page.getByLabel(/^Départements/).fill('59, 20');
    await page.getByLabel('Titre *', { exact: true }).fill(court);
    await page.getByLabel('Titre *', { exact: true }).blur();
    await page.getByLabel(/^Départements/).focus();
    await page.getByLabel(/^Départements/).blur();
    const titre = page.getByLabel('Titre *', { exact: true });
    await expect.poll(() => titre.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#champ-titre-erreur').textContent()).toBe(
      `texte trop court : au moins ${BORNES.titre.min} caractères attendus, trouvé ${court.length}`,
    );
    expect(await page.locator('#champ-territoire\\.departements-erreur').textContent()).toMatch(
      /trouvé « 20 », attendu un code INSEE de département/,
    );
    expect(await page.locator('#bilan').textContent()).toBe(`${fautes.length} points à corriger avant de proposer la fiche.`);
    const liens = await page.locator('#bilan-liste a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(liens).toEqual(fautes);
  });
});

describe('le résumé facile à lire dans le formulaire', () => {
  test('prend une phrase par ligne, virgules comprises, et signale une phrase trop longue à sa valeur', async ({ page, site }) => {
    await page.goto(`${site.url}contribuer/`);
    await remplir(page);
    await expect.poll(() => page.locator('#bilan').textContent()).toBe('Aucun problème : la fiche est prête à être proposée.');
    expect(await page.locator('#apercu').textContent()).toContain(
      `facileALire:\n${frontmatterValide()
        .facileALire.map((p) => `  - ${p}\n`)
        .join('')}`,
    );
    const longue = `${'Une phrase beaucoup trop longue, '.repeat(4)}pour être lue.`;
    const champ = page.getByLabel(/^En facile à lire \*/);
    await champ.fill([...frontmatterValide().facileALire, longue].join('\n'));
    await champ.blur();
    await expect.poll(() => champ.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#champ-facileALire-erreur').textContent()).toMatch(
      new RegExp(`phrase de ${compterMots(longue)} mots : ${MOTS_MAX} au plus`),
    );
  });
});

describe('le formulaire « Proposer une fiche », JavaScript coupé', () => {
  test.override({ optionsPage: { javaScriptEnabled: false } });

  test('reste lisible sans JavaScript : le formulaire est caché, les autres chemins sont expliqués', async ({ page, site }) => {
    await page.goto(`${site.url}contribuer/`);
    expect(await page.locator('#proposer').isHidden()).toBe(true);
    expect(await page.getByRole('link', { name: 'modèle de fiche', exact: true }).getAttribute('href')).toBe('/modele-fiche.mdx');
    expect(await page.locator('main').textContent()).toContain('npm run nouvelle-fiche');
  });
});
