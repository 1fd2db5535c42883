// « Comparer des fiches » in Chromium: the address is the comparison (two to four sheets side by side,
// values as the sheets give them, links to their sections), reached from « Ma sélection » and from the
// search, readable on a phone, printable, and saying what is wrong with any other address.
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { parse } from 'node-html-parser';
import { test } from '../support/test-navigateur.ts';
import { niveauPreuve } from '../../src/lib/preuve.ts';
import { violationsAxe } from '../support/axe.ts';
import { ANCRES_REQUISES, chemin, fiches, titre, type Fiche } from '../support/catalogue.ts';
import { debordement, TELEPHONES } from '../support/ecran.ts';
import { textesPdf } from '../support/pdf.ts';
import { html } from '../support/site.ts';
import { BASE_SOUS_CHEMIN as BASE } from '../support/sous-chemin.ts';
import { CLE_STOCKAGE } from '../../src/lib/selection.ts';
import { champA } from '../../src/schema/champs.ts';
import { pratiqueApi } from '../../src/schema/fiche.ts';
import { ETATS, EVALUATIONS, NIVEAUX_PREUVE, PARTICIPATIONS, THEMATIQUES } from '../../src/schema/vocabulaire.ts';

if (fiches.length < 5) throw new Error('il faut au moins cinq fiches pour demander une comparaison de trop');
// Two sheets of different themes if the catalogue has them, then any others.
const [a] = fiches;
const b = fiches.find((f) => f.data.thematique !== a!.data.thematique) ?? fiches[1]!;
const autres = fiches.filter((f) => f !== a && f !== b);
const QUATRE = [a!, b, ...autres.slice(0, 2)];

const adresse = (slugs: readonly string[]) => `comparer/?fiches=${slugs.join(',')}`;
const libelle = (chemin: string) => champA(pratiqueApi, chemin)!.libelle;
const tableau = (page: Page) => page.locator('#comparaison table');
/** The texts of a row's cells (its list items, or the cell's text), one array per sheet. */
const ligne = (page: Page, titreLigne: string) =>
  tableau(page)
    .locator('tbody tr')
    .filter({ has: page.locator(`th[scope=row]:text-is("${titreLigne}")`) })
    .locator('td')
    .evaluateAll((tds) =>
      tds.map((td) =>
        [...td.querySelectorAll('li')].map((li) => li.textContent!.trim()).concat(td.querySelector('li') ? [] : [td.textContent!.trim()]),
      ),
    );
const attendre = (page: Page) => tableau(page).locator('tbody th').first().waitFor();

async function avecSelection(page: Page, url: string, slugs: readonly string[]) {
  await page.goto(`${url}a-propos/`);
  await page.evaluate(([cle, valeur]) => localStorage.setItem(cle!, valeur!), [CLE_STOCKAGE, JSON.stringify(slugs)]);
}

describe('deux fiches côte à côte', () => {
  test('les colonnes sont les fiches, les lignes leurs champs, avec les valeurs des fiches', async ({ page, site }) => {
    await page.goto(site.url + adresse([a!.id, b.id]));
    await attendre(page);
    const colonnes = tableau(page).locator('thead th[scope=col] a');
    expect(await colonnes.allTextContents()).toEqual([a!, b].map((f) => f.data.titre));
    expect(await colonnes.evaluateAll((l) => l.map((x) => new URL((x as HTMLAnchorElement).href).pathname))).toEqual([a!, b].map(chemin));
    const d = [a!.data, b.data];
    expect(await ligne(page, libelle('thematique'))).toEqual(d.map((x) => [THEMATIQUES[x.thematique]]));
    expect(await ligne(page, libelle('territoire.libelle'))).toEqual(d.map((x) => [x.territoire.libelle]));
    expect(await ligne(page, libelle('annee'))).toEqual(
      d.map((x) => [x.anneeTexte ?? (x.annee === null ? 'Non renseignée' : String(x.annee))]),
    );
    expect(await ligne(page, libelle('porteurs'))).toEqual(d.map((x) => x.porteurs));
    expect(await ligne(page, libelle('etat'))).toEqual(d.map((x) => [ETATS[x.etat]]));
    expect(await ligne(page, libelle('evaluation'))).toEqual(d.map((x) => x.evaluation.map((v) => EVALUATIONS[v])));
    expect(await ligne(page, libelle('participation'))).toEqual(
      d.map((x) => (x.participation.length ? x.participation.map((v) => PARTICIPATIONS[v]) : [champA(pratiqueApi, 'participation')!.vide])),
    );
  });

  test('chaque lien de section mène à une section de la fiche, les sections obligatoires comprises', async ({ page, site }) => {
    await page.goto(site.url + adresse([a!.id, b.id]));
    await attendre(page);
    const liens = await tableau(page)
      .locator('tbody tr[data-champ=sections] td')
      .evaluateAll((tds) => tds.map((td) => [...td.querySelectorAll('a')].map((x) => new URL(x.href))));
    expect(liens).toHaveLength(2);
    [a!, b].forEach((f: Fiche, i) => {
      const ids = new Set(
        parse(html(`pratiques/${f.id}/`))
          .querySelectorAll('h2[id]')
          .map((h) => h.id),
      );
      const ancres = liens[i]!.map((u) => (expect(u.pathname).toBe(chemin(f)), u.hash.slice(1)));
      expect(
        ancres.filter((x) => !ids.has(x)),
        f.id,
      ).toEqual([]);
      expect(ancres).toEqual(expect.arrayContaining(ANCRES_REQUISES.map((x) => x.id)));
    });
  });

  test('« Niveau de preuve » : le niveau que chaque fiche reçoit, en toutes lettres', async ({ page, site }) => {
    await page.goto(site.url + adresse([a!.id, b.id]));
    await attendre(page);
    const cellules = tableau(page).locator('tbody tr[data-champ=niveauPreuve] td');
    expect(await cellules.allTextContents()).toEqual([a!, b].map((f) => NIVEAUX_PREUVE[niveauPreuve(f.data)]));
  });

  test('« Copier le lien » copie l’adresse de la comparaison', async ({ navigateur, site }) => {
    const contexte = await navigateur.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await contexte.newPage();
    await page.goto(site.url + adresse([b.id, a!.id]));
    await attendre(page);
    await page.getByRole('button', { name: 'Copier le lien' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(site.url + adresse([b.id, a!.id]));
    await contexte.close();
  });
});

describe('une adresse qui ne se compare pas', () => {
  const versChoisir = async (page: Page) => {
    const aide = page.locator('#comparaison-aide');
    expect(await aide.getByRole('link', { name: 'Ma sélection' }).getAttribute('href')).toBe('/selection/');
    expect(await aide.getByRole('link', { name: 'le catalogue' }).getAttribute('href')).toBe('/pratiques/');
    expect(await tableau(page).isVisible()).toBe(false);
  };

  test('une seule fiche : le dit, et mène à la sélection et au catalogue', async ({ page, site }) => {
    await page.goto(site.url + adresse([a!.id]));
    await expect.poll(() => page.locator('#comparaison-statut').textContent()).toMatch(/^Une seule fiche à comparer/);
    expect(await page.locator('#comparaison-demandees a').allTextContents()).toEqual([a!.data.titre]);
    await versChoisir(page);
  });

  test('cinq fiches : le dit, et propose les quatre premières', async ({ page, site }) => {
    const cinq = fiches.slice(0, 5).map((f) => f.id);
    await page.goto(site.url + adresse(cinq));
    await expect
      .poll(() => page.locator('#comparaison-statut').textContent())
      .toBe('5 fiches demandées : la comparaison en met côte à côte quatre au plus.');
    await versChoisir(page);
    await page.getByRole('link', { name: 'Comparer les 4 premières' }).click();
    await attendre(page);
    expect(await tableau(page).locator('thead th[scope=col]').allTextContents()).toEqual(cinq.slice(0, 4).map(titre));
  });

  test('une fiche inconnue est nommée, les autres comparées', async ({ page, site }) => {
    await page.goto(site.url + adresse([a!.id, 'fiche-qui-n-existe-pas', b.id]));
    await attendre(page);
    expect(await page.locator('#comparaison-inconnues').textContent()).toBe(
      'Fiche inconnue du catalogue, laissée de côté : « fiche-qui-n-existe-pas ».',
    );
    expect(await tableau(page).locator('thead th[scope=col]').allTextContents()).toEqual([a!, b].map((f) => f.data.titre));
  });

  test('sans JavaScript, la page dit ce qu’il lui faut et mène à la sélection et au catalogue', async ({ navigateur, site }) => {
    const page = await navigateur.newPage({ javaScriptEnabled: false });
    await page.goto(site.url + adresse([a!.id, b.id]));
    // (Playwright's text search skips <noscript>: its paragraph, by CSS.)
    const message = page.locator('noscript p');
    expect(await message.isVisible()).toBe(true);
    expect(await message.textContent()).toMatch(/^La comparaison a besoin de JavaScript/);
    expect(await message.locator('a').evaluateAll((l) => l.map((a) => a.getAttribute('href')))).toEqual(['/selection/', '/pratiques/']);
    await page.close();
  });
});

describe('y arriver', () => {
  test('depuis « Ma sélection » de trois fiches, « Comparer » mène à leur comparaison, dans leur ordre', async ({ page, site }) => {
    const trois = [QUATRE[2]!, QUATRE[0]!, QUATRE[1]!].map((f) => f.id);
    await avecSelection(page, site.url, trois);
    await page.goto(`${site.url}selection/`);
    await page.getByRole('link', { name: 'Comparer', exact: true }).click();
    await attendre(page);
    expect(new URL(page.url()).search).toBe(`?fiches=${trois.join(',')}`);
    expect(await tableau(page).locator('thead th[scope=col]').allTextContents()).toEqual(trois.map(titre));
  });

  test('depuis « Ma sélection » d’une fiche, « Comparer » n’est pas un lien et dit pourquoi', async ({ page, site }) => {
    await avecSelection(page, site.url, [a!.id]);
    await page.goto(`${site.url}selection/`);
    await page.locator('#selection-liste li').first().waitFor();
    expect(await page.getByRole('link', { name: 'Comparer', exact: true }).count()).toBe(0);
    expect(await page.locator('#selection-comparer-aide').textContent()).toMatch(/de 2 à 4 fiches ; votre sélection en compte 1\./);
  });

  test('depuis la recherche : deux résultats ajoutés à la sélection, « Comparer ma sélection » les compare', async ({ page, site }) => {
    await page.goto(`${site.url}recherche/`);
    const resultats = page.locator('#resultats li:has(bouton-selection)');
    await resultats.nth(1).waitFor();
    const comparer = page.getByRole('link', { name: 'Comparer ma sélection' });
    expect(await comparer.isVisible()).toBe(false);
    const titres: string[] = [];
    for (const i of [0, 1]) {
      titres.push((await resultats.nth(i).locator('h2').textContent())!.trim());
      await resultats.nth(i).getByRole('button', { name: 'Ajouter à ma sélection' }).click();
    }
    await comparer.click();
    await attendre(page);
    expect(await tableau(page).locator('thead th[scope=col]').allTextContents()).toEqual(titres);
  });
});

test(`sous ${BASE}, « Ma sélection » mène à la comparaison et ses liens restent sous le sous-chemin`, async ({
  page,
  siteSousChemin: site,
}) => {
  await avecSelection(page, site.url, [a!.id, b.id]);
  await page.goto(`${site.url}selection/`);
  await page.getByRole('link', { name: 'Comparer', exact: true }).click();
  await attendre(page);
  expect(new URL(page.url()).pathname).toBe(`${BASE}comparer/`);
  const liens = await tableau(page)
    .locator('a')
    .evaluateAll((l) => l.map((x) => new URL((x as HTMLAnchorElement).href).pathname));
  expect(liens.filter((x) => !x.startsWith(`${BASE}pratiques/`))).toEqual([]);
});

describe('lisible partout', () => {
  test.for(TELEPHONES)(
    'à %i px, quatre fiches tiennent sans élargir la page, le tableau défilant dans sa zone',
    async (largeur, { navigateur, site }) => {
      const page = await navigateur.newPage({ viewport: { width: largeur, height: 800 } });
      await page.goto(site.url + adresse(QUATRE.map((f) => f.id)));
      await attendre(page);
      expect(await debordement(page)).toBe(0);
      const zone = page.getByRole('region', { name: /^Comparaison de / });
      expect(await zone.evaluate((z) => z.scrollWidth > z.clientWidth && z.tabIndex === 0)).toBe(true);
      await page.close();
    },
  );

  test('à l’impression, le tableau seul, entier, sans les boutons', async ({ page, site }) => {
    await page.goto(site.url + adresse(QUATRE.map((f) => f.id)));
    await attendre(page);
    await page.emulateMedia({ media: 'print' });
    expect(await tableau(page).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Copier le lien' }).isVisible()).toBe(false);
    expect(await page.locator('header.entete').isVisible()).toBe(false);
    const serre = (t: string) => t.normalize('NFKC').replace(/\s+/g, '');
    for (const paysage of [false, true]) {
      const texte = serre(textesPdf(await page.pdf({ format: 'A4', landscape: paysage })).join(''));
      for (const f of QUATRE) expect(texte, `${f.id}, paysage : ${paysage}`).toContain(serre(f.data.titre));
      expect(texte).toContain(serre(libelle('evaluation')));
    }
    // At the width of an A4 portrait page within its margins (17.8 cm), nothing goes past the right edge.
    await page.setViewportSize({ width: Math.floor((17.8 / 2.54) * 96), height: 1000 });
    expect(await debordement(page)).toBe(0);
    expect(await tableau(page).evaluate((t) => t.getBoundingClientRect().right <= document.documentElement.clientWidth)).toBe(true);
  });
});

describe('accessible', () => {
  test.override({ optionsPage: { bypassCSP: true } });
  test.for([
    ['un téléphone étroit', 320],
    ['un ordinateur', 1280],
  ] as const)('sur %s : aucune violation axe', async ([, largeur], { page, site }) => {
    await page.setViewportSize({ width: largeur, height: 800 });
    await page.goto(site.url + adresse(QUATRE.map((f) => f.id)));
    await attendre(page);
    expect(await violationsAxe(page)).toEqual([]);
  });
});
