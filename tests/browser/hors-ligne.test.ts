// Reading without network, in Chromium: the service worker installs from the built sw.js, then the
// network is cut and the reader goes on: pages read, « Ma sélection », search, the offline notice for
// the others, and a new version that replaces the old one.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { lireScriptServiceWorker, nomCache, scriptServiceWorker } from '../../src/lib/hors-ligne.ts';
import { test } from '../support/test-navigateur.ts';
import { servir, type Site } from '../support/navigateur.ts';
import { chemin, ficheOu, fiches, REPERE } from '../support/catalogue.ts';
import { DIST } from '../support/site.ts';

/** Waits for the worker to control the page and to have kept it (enregistrer.ts marks <html>). */
const pret = (page: Page) =>
  page.waitForFunction(() => navigator.serviceWorker.controller !== null && document.documentElement.dataset.horsLigne === 'pret');
/**
 * Cuts the network once the worker is active: the browser's switch (context.setOffline), and the
 * server's, as Chromium does not keep the first across a navigation the worker answers (seen with
 * playwright-core 1.65: navigator.onLine is true again, and requests reach the server).
 */
async function couper(page: Page, site: Site, finir: (f: () => void) => void) {
  site.couper();
  finir(() => site.retablir());
  await page.context().setOffline(true);
}
const h1 = (page: Page) => page.locator('h1').textContent();
const nomsDesCaches = (page: Page) => page.evaluate(() => caches.keys());

// Sheets chosen in the catalogue: one to read, others never opened, two for a selection.
const lue = REPERE.fiche;
const [jamais, choisieA, choisieB, demandee] = fiches.filter((f) => f.id !== lue.id);
if (!demandee) throw new Error('le catalogue doit compter au moins cinq fiches pour ces contrôles');

describe('la lecture hors ligne dans Chromium', () => {
  test('installe le catalogue : un manifeste lié, un service worker pour tout le site', async ({ page, site }) => {
    await page.goto(site.url);
    await pret(page);
    const manifeste = await page.evaluate(async () => {
      const lien = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!;
      return (await fetch(lien.href)).json();
    });
    expect(manifeste.name).toBe('Pratiques émergentes');
    expect(manifeste.start_url).toBe(new URL(site.url).pathname);
    const inscription = await page.evaluate(async () => {
      const r = (await navigator.serviceWorker.getRegistration())!;
      return { portee: r.scope, script: r.active!.scriptURL };
    });
    expect(inscription).toEqual({ portee: site.url, script: `${site.url}sw.js` });
  });

  test('rouvre hors ligne une page lue en ligne, mise en forme, à son adresse avec ou sans paramètres', async ({
    page,
    site,
    onTestFinished,
  }) => {
    await page.goto(`${site.url}${chemin(lue).slice(1)}`);
    await pret(page);
    await couper(page, site, onTestFinished);
    await page.goto(site.url);
    await page.goto(`${site.url}${chemin(lue).slice(1)}?surligner=${encodeURIComponent(REPERE.mot)}`);
    expect(await h1(page)).toBe(lue.data.titre);
    // The stylesheet came from the cache too: the layout's own font, not the browser's default.
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('system-ui');
  });

  test('répond par un avis en français pour une page jamais ouverte, et liste les pages lues', async ({ page, site, onTestFinished }) => {
    await page.goto(`${site.url}${chemin(lue).slice(1)}`);
    await pret(page);
    await couper(page, site, onTestFinished);
    const adresse = `${site.url}${chemin(jamais!).slice(1)}`;
    await page.goto(adresse);
    expect(page.url()).toBe(adresse);
    expect(await h1(page)).toBe('Vous êtes hors ligne');
    expect(await page.locator('[data-demandee]').textContent()).toContain(`La page ${chemin(jamais!)} n’a pas encore été ouverte`);
    const lues = page.locator('[data-gardees] a');
    await expect.poll(() => lues.allTextContents()).toEqual([lue.data.titre]);
    expect(await lues.getAttribute('href')).toBe(chemin(lue));
    await expect.poll(() => page.getByRole('button', { name: 'Réessayer' }).isVisible()).toBe(true);
    await page.getByRole('link', { name: lue.data.titre }).click();
    await page.waitForURL(`${site.url}${chemin(lue).slice(1)}`);
    expect(await h1(page)).toBe(lue.data.titre);
  });

  test('cherche hors ligne une fiche par un mot de son texte', async ({ page, site, onTestFinished }) => {
    await page.goto(site.url);
    await pret(page);
    await couper(page, site, onTestFinished);
    await page.goto(`${site.url}recherche/`);
    await page.locator('#q').pressSequentially(REPERE.mot, { delay: 20 });
    await expect.poll(() => page.locator('#statut').textContent()).toMatch(new RegExp(`résultats? pour « ${REPERE.mot} »`));
    expect(await page.locator('#resultats h2 a').first().textContent()).toBe(REPERE.fiche.data.titre);
  });

  test('garde les fiches de « Ma sélection » ouverte en ligne, lisibles ensuite hors ligne', async ({ page, site, onTestFinished }) => {
    await page.goto(`${site.url}selection/?fiches=${choisieA!.id},${choisieB!.id}`);
    await expect.poll(() => page.locator('#selection-liste > li').count()).toBe(2);
    await pret(page);
    await couper(page, site, onTestFinished);
    for (const f of [choisieA!, choisieB!]) {
      await page.goto(`${site.url}${chemin(f).slice(1)}`);
      expect(await h1(page), f.id).toBe(f.data.titre);
    }
    await page.goto(`${site.url}selection/`);
    await expect
      .poll(() => page.locator('#selection-liste > li > a').allTextContents())
      .toEqual([choisieA!.data.titre, choisieB!.data.titre]);
  });

  test('garde aussi une page que le site demande lui-même (l’impression de la sélection)', async ({ page, site, onTestFinished }) => {
    await page.goto(site.url);
    await pret(page);
    const adresse = `${site.url}${chemin(demandee).slice(1)}`;
    expect(await page.evaluate(async (u) => (await fetch(u)).status, adresse)).toBe(200);
    await expect.poll(() => page.evaluate(async (u) => Boolean(await caches.match(u)), adresse)).toBe(true);
    await couper(page, site, onTestFinished);
    await page.goto(adresse);
    expect(await h1(page)).toBe(demandee.data.titre);
  });
});

describe('sans service worker', () => {
  test.override({ optionsPage: { serviceWorkers: 'block' } });

  test('le site fonctionne comme avant, sans erreur', async ({ page, site }) => {
    const erreurs: string[] = [];
    page.on('pageerror', (e) => erreurs.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') erreurs.push(m.text());
    });
    await page.goto(`${site.url}recherche/?q=${encodeURIComponent(REPERE.mot)}`);
    await page.locator('#resultats li').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => document.documentElement.dataset.horsLigne)).toBeUndefined();
    expect(erreurs).toEqual([]);
  });
});

describe('une nouvelle version du site', () => {
  const DOSSIER = fileURLToPath(new URL('../.tmp/site-mise-a-jour/', import.meta.url));

  test('installe son propre cache, remplace l’ancien et garde les pages lues', async ({ navigateur, onTestFinished }) => {
    rmSync(DOSSIER, { recursive: true, force: true });
    cpSync(DIST, DOSSIER, { recursive: true });
    const site = await servir(DOSSIER);
    onTestFinished(() => site.fermer());
    const page = await navigateur.newPage();
    onTestFinished(() => page.close());
    const fiche = ficheOu('une fiche', () => true);
    await page.goto(`${site.url}${chemin(fiche).slice(1)}`);
    await pret(page);
    const ancienne = lireScriptServiceWorker(readFileSync(join(DOSSIER, 'sw.js'), 'utf8'));
    expect(await nomsDesCaches(page)).toEqual([nomCache(site.url, ancienne.version)]);

    // A new build: the home page changes, and so does the version in sw.js.
    const accueil = join(DOSSIER, 'index.html');
    writeFileSync(accueil, readFileSync(accueil, 'utf8').replace('</h1>', '</h1><p id="nouvelle-version">Nouvelle version</p>'));
    const nouvelle = { ...ancienne, version: `${ancienne.version}-nouvelle` };
    writeFileSync(join(DOSSIER, 'sw.js'), scriptServiceWorker(nouvelle));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    await expect.poll(() => nomsDesCaches(page)).toEqual([nomCache(site.url, nouvelle.version)]);
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');

    await couper(page, site, onTestFinished);
    await page.goto(site.url);
    expect(await page.locator('#nouvelle-version').textContent()).toBe('Nouvelle version');
    await page.goto(`${site.url}${chemin(fiche).slice(1)}`);
    expect(await h1(page)).toBe(fiche.data.titre);
  });
});

describe('sous un sous-chemin', () => {
  test('inscrit le service worker pour ce seul sous-chemin, et y lit hors ligne', async ({
    page,
    siteSousChemin: site,
    onTestFinished,
  }) => {
    const base = new URL(site.url).pathname;
    const adresse = (f: typeof lue) => `${site.url}${chemin(f).slice(1)}`;
    await page.goto(adresse(lue));
    await pret(page);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.scope)).toBe(site.url);
    expect(await nomsDesCaches(page)).toEqual([expect.stringContaining(`:${base}:`)]);
    await couper(page, site, onTestFinished);
    await page.goto(adresse(lue));
    expect(await h1(page)).toBe(lue.data.titre);
    await page.goto(adresse(jamais!));
    expect(await h1(page)).toBe('Vous êtes hors ligne');
    await expect.poll(() => page.locator('[data-gardees] a').getAttribute('href')).toBe(`${base}${chemin(lue).slice(1)}`);
    await page.goto(`${site.url}recherche/?q=${encodeURIComponent(REPERE.mot)}`);
    await expect
      .poll(() => page.locator('#resultats h2 a').first().getAttribute('href'))
      .toMatch(new RegExp(`^${base}pratiques/${lue.id}/`));
  });
});
