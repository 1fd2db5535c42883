// Trainers in Chromium: copy a section's link, build « ma sélection » and share it, print.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { getCollection } from 'astro:content';
import { lancerNavigateur, servir } from '../support/navigateur.ts';

const fiches = await getCollection('pratiques');
const titre = (slug: string) => fiches.find((f) => f.id === slug)!.data.titre;
let navigateur: Browser;
let site: Awaited<ReturnType<typeof servir>>;
beforeAll(async () => { [navigateur, site] = await Promise.all([lancerNavigateur(), servir()]); });
afterAll(async () => { await navigateur?.close(); await site?.fermer(); });

const contexte = () => navigateur.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
const pressePapiers = (c: BrowserContext) => c.pages()[0]!.evaluate(() => navigator.clipboard.readText());

describe('un formateur dans Chromium', () => {
  it('copie le lien d’une section d’un clic', async () => {
    const c = await contexte();
    const page = await c.newPage();
    await page.goto(`${site.url}pratiques/flora-yvelines/`);
    await page.getByRole('link', { name: 'Lien de la section « Évaluation »' }).click();
    await expect.poll(() => page.locator('#annonce').textContent()).toBe('Lien de la section copié.');
    expect(await pressePapiers(c)).toBe(`${site.url}pratiques/flora-yvelines/#evaluation`);
    expect(new URL(page.url()).hash).toBe('#evaluation');
    await c.close();
  });

  it('copie la référence APA, datée du jour de consultation', async () => {
    const c = await contexte();
    const page = await c.newPage();
    await page.goto(`${site.url}pratiques/flora-yvelines/`);
    await page.getByRole('button', { name: 'Copier la référence' }).click();
    const aujourdhui = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date());
    await expect.poll(() => pressePapiers(c)).toContain(`Consulté le ${aujourdhui}`);
    await c.close();
  });

  it('compose une sélection depuis une fiche et la recherche, la réordonne, la partage et la retrouve ailleurs', async () => {
    const c = await contexte();
    const page = await c.newPage();
    await page.goto(`${site.url}pratiques/flora-yvelines/`);
    await page.getByRole('button', { name: 'Ajouter à ma sélection' }).click();
    expect(await page.getByRole('button', { name: 'Dans ma sélection ✓' }).getAttribute('aria-pressed')).toBe('true');
    await page.goto(`${site.url}recherche/?q=Brant%C3%B4me`);
    await page.locator('#resultats li').first().getByRole('button', { name: 'Ajouter à ma sélection' }).click();
    await page.goto(`${site.url}selection/`);
    const titres = () => page.locator('#selection-liste > li > a').allTextContents();
    await expect.poll(titres).toEqual([titre('flora-yvelines'), titre('pair-aidance-aurore-brantome')]);
    await page.getByRole('button', { name: `Monter « ${titre('pair-aidance-aurore-brantome')} »` }).click();
    await expect.poll(titres).toEqual([titre('pair-aidance-aurore-brantome'), titre('flora-yvelines')]);
    const adresse = await page.locator('#selection-adresse').inputValue();
    expect(adresse).toBe(`${site.url}selection/?fiches=pair-aidance-aurore-brantome,flora-yvelines`);
    expect(await page.locator('#export-markdown').inputValue()).toBe(
      `- [${titre('pair-aidance-aurore-brantome')}](http://localhost:4321/pratiques/pair-aidance-aurore-brantome/)\n- [${titre('flora-yvelines')}](http://localhost:4321/pratiques/flora-yvelines/)`,
    );
    await c.close();

    const ailleurs = await navigateur.newContext();
    const autre = await ailleurs.newPage();
    await autre.goto(adresse);
    await expect.poll(() => autre.locator('#selection-liste > li > a').allTextContents()).toEqual([titre('pair-aidance-aurore-brantome'), titre('flora-yvelines')]);
    await autre.goto(`${site.url}pratiques/flora-yvelines/`);
    expect(await autre.getByRole('button', { name: 'Dans ma sélection ✓' }).count()).toBe(1);
    await ailleurs.close();
  });

  it('imprime une fiche proprement : ni navigation ni boutons, la carte gardée, l’adresse et le code QR au pied', async () => {
    const page = await navigateur.newPage();
    await page.goto(`${site.url}pratiques/flora-yvelines/`);
    await page.emulateMedia({ media: 'print' });
    for (const cache of ['header.entete', 'footer.pied', '.sommaire', '.fil-ariane']) expect(await page.locator(cache).isVisible(), cache).toBe(false);
    for (const visible of ['h1', '.encart', '.texte', 'footer.impression-seule', '.qr']) expect(await page.locator(visible).first().isVisible(), visible).toBe(true);
    const apres = await page.locator('.texte a[data-url]').first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(apres).toMatch(/http:\/\/localhost:4321\/pratiques\//);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });

  it('imprime toute la sélection à la suite, dans l’ordre', async () => {
    const page = await navigateur.newPage();
    await page.goto(`${site.url}selection/?fiches=insertion-sociale-active-valais,accompagnement-social-palliatif`);
    await page.locator('#selection-liste > li').first().waitFor();
    await page.evaluate(() => { window.print = () => {}; });
    await page.getByRole('button', { name: 'Imprimer la sélection' }).click();
    await expect.poll(() => page.locator('#impression article h1').allTextContents()).toEqual([titre('insertion-sociale-active-valais'), titre('accompagnement-social-palliatif')]);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#impression').isVisible()).toBe(true);
    expect(await page.locator('#selection-liste').isVisible()).toBe(false);
    await page.close();
  });
});
