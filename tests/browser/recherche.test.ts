// The search page in a real headless Chromium, against the built site served on localhost.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { getCollection } from 'astro:content';
import { lancerNavigateur, servir } from '../support/navigateur.ts';

const fiches = await getCollection('pratiques');
let navigateur: Browser;
let site: Awaited<ReturnType<typeof servir>>;
let page: Page;

beforeAll(async () => {
  [navigateur, site] = await Promise.all([lancerNavigateur(), servir()]);
});
afterAll(async () => {
  await navigateur?.close();
  await site?.fermer();
});
beforeEach(async () => {
  page = await navigateur.newPage();
  return () => page.close();
});

const statut = () => page.locator('#statut');
const titres = () => page.locator('#resultats h2 a').allTextContents();
const nombre = async () => Number((await statut().textContent())!.match(/^(\d+)/)?.[1] ?? 0);

describe('la recherche dans Chromium', () => {
  it('affiche des résultats pendant la frappe et garde la requête dans l’URL', async () => {
    await page.goto(`${site.url}recherche/`);
    await page.locator('#q').pressSequentially('Brantôme', { delay: 20 });
    await expect.poll(() => statut().textContent()).toMatch(/résultats? pour « Brantôme »/);
    expect((await titres())[0]).toBe(fiches.find((f) => f.id === 'pair-aidance-aurore-brantome')!.data.titre);
    expect(new URL(page.url()).searchParams.get('q')).toBe('Brantôme');
  });

  it('surligne les mots trouvés dans l’extrait et propose des liens vers les sections', async () => {
    await page.goto(`${site.url}recherche/?q=maraude`);
    await expect.poll(() => page.locator('#resultats mark').count()).toBeGreaterThan(0);
    const sections = await page.locator('#resultats .sous-resultats a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
    expect(sections.length).toBeGreaterThan(0);
    for (const s of sections) expect(s).toMatch(/^\/(pratiques|thematiques)\/[a-z0-9-]+\/\?surligner=maraude#[a-z0-9-]+$/);
  });

  it('restreint les résultats avec un filtre, compte chaque valeur et met le filtre dans l’URL', async () => {
    await page.goto(`${site.url}recherche/?q=formation`);
    await expect.poll(nombre).toBeGreaterThan(0);
    const avant = await nombre();
    const compte = await page.locator('label[for="thematique-pouvoir-d-agir"] [data-compte]').textContent();
    await page.getByLabel(/Développement du pouvoir d’agir/).check();
    await expect.poll(nombre).toBeLessThan(avant);
    expect(`(${await nombre()})`).toBe(compte);
    expect(new URL(page.url()).searchParams.getAll('thematique')).toEqual(['pouvoir-d-agir']);
    for (const meta of await page.locator('#resultats .meta').allTextContents()) expect(meta).not.toBe('');
  });

  it('combine les valeurs d’un filtre par OU, et les filtres entre eux par ET', async () => {
    await page.goto(`${site.url}recherche/?thematique=pair-aidance`);
    await expect.poll(nombre).toBeGreaterThan(0);
    const pairAidance = await nombre();
    await page.getByLabel(/^Insertion sociale active/).check();
    await expect.poll(nombre).toBeGreaterThan(pairAidance);
    const union = await nombre();
    await page.getByLabel(/^Suisse/).check();
    await expect.poll(nombre).toBeLessThan(union);
    const attendu = fiches.filter((f) => {
      const t = [f.data.thematique, ...f.data.thematiquesAssociees];
      return (t.includes('pair-aidance') || t.includes('insertion-sociale-active')) && f.data.territoire.pays.includes('Suisse');
    }).length;
    expect(await nombre()).toBe(attendu);
  });

  it('parcourt tout le catalogue sans mots, et revient en arrière avec le navigateur', async () => {
    await page.goto(`${site.url}recherche/`);
    await expect.poll(nombre).toBe(fiches.length);
    await page.getByLabel(/^Suisse/).check();
    await expect.poll(nombre).toBeLessThan(fiches.length);
    expect(page.url()).toContain('pays=Suisse');
    await page.goBack();
    await expect.poll(nombre).toBe(fiches.length);
    expect(await page.getByLabel(/^Suisse/).isChecked()).toBe(false);
  });

  it('retrouve l’état complet depuis une URL partagée', async () => {
    await page.goto(`${site.url}recherche/?q=familles&etat=extension&tri=titre`);
    await expect.poll(nombre).toBeGreaterThan(0);
    expect(await page.locator('#q').inputValue()).toBe('familles');
    expect(await page.getByLabel(/^Extension/).isChecked()).toBe(true);
    expect(await page.locator('#tri').inputValue()).toBe('titre');
    const t = await titres();
    expect(t).toEqual([...t].sort(new Intl.Collator('fr').compare));
  });

  it('trie par année, des plus récentes aux plus anciennes', async () => {
    await page.goto(`${site.url}recherche/?tri=annee-desc`);
    await expect.poll(nombre).toBe(fiches.length);
    await expect.poll(() => page.locator('#resultats li').count()).toBe(Math.min(20, fiches.length));
    const liens = await page.locator('#resultats h2 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const annees = liens.map((l) => fiches.find((f) => l === `/pratiques/${f.id}/`)!.data.annee).filter((a) => a !== null);
    expect(annees.length).toBeGreaterThan(10);
    expect(annees).toEqual([...annees].sort((a, b) => b - a));
  });

  it('restreint à une plage d’années, bornes comprises', async () => {
    await page.goto(`${site.url}recherche/`);
    await expect.poll(nombre).toBe(fiches.length);
    await page.getByLabel('De', { exact: true }).selectOption('2016');
    await page.getByLabel('à', { exact: true }).selectOption('2017');
    const attendu = fiches.filter((f) => f.data.annee !== null && f.data.annee >= 2016 && f.data.annee <= 2017).length;
    await expect.poll(nombre).toBe(attendu);
    expect(new URL(page.url()).searchParams.get('annee-min')).toBe('2016');
  });

  it.each([
    ['outreach', 'aller-vers'],
    ['maraude', 'aller-vers'],
    ['empowerment', 'pouvoir-d-agir'],
    ['family group conference', 'conferences-familiales'],
    ['travail pair', 'pair-aidance'],
  ])('comprend « %s » (thématique %s)', async (mot, thematique) => {
    await page.goto(`${site.url}recherche/?q=${encodeURIComponent(mot)}`);
    await expect.poll(nombre).toBeGreaterThan(0);
    const liens = await page.locator('#resultats h2 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const duTheme = fiches.filter((f) => f.data.thematique === thematique).map((f) => `/pratiques/${f.id}/`);
    expect(liens.filter((l) => duTheme.includes(l)).length, liens.join(' ')).toBeGreaterThan(0);
  });

  it('surligne les mots cherchés sur la fiche où mène un résultat', async () => {
    await page.goto(`${site.url}recherche/?q=Brant%C3%B4me`);
    await expect.poll(nombre).toBeGreaterThan(0);
    await page.locator('#resultats h2 a').first().click();
    await page.waitForURL(/\/pratiques\/pair-aidance-aurore-brantome\/\?surligner=/);
    await expect.poll(() => page.locator('.texte mark.pagefind-highlight').count()).toBeGreaterThan(0);
    expect((await page.locator('.texte mark.pagefind-highlight').first().textContent())!.toLowerCase()).toContain('brantôme');
  });

  it('annonce le nombre de résultats aux lecteurs d’écran', async () => {
    await page.goto(`${site.url}recherche/?q=famille`);
    const s = page.locator('#statut');
    expect(await s.getAttribute('role')).toBe('status');
    expect(await s.getAttribute('aria-live')).toBe('polite');
    await expect.poll(() => s.textContent()).toMatch(/^\d+ résultats? pour « famille »$/);
  });

  it('replie les filtres sur un téléphone, pour que les résultats soient proches', async () => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(`${site.url}recherche/?q=jeunes`);
    await expect.poll(nombre).toBeGreaterThan(0);
    expect(await page.locator('.facettes details[open]').count()).toBe(0);
    const haut = await page.locator('#resultats li').first().boundingBox();
    expect(haut!.y).toBeLessThan(1600);
  });
});

