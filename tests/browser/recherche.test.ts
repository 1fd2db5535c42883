// The search page in a real headless Chromium, against the built site served on localhost.
import { plierTexte } from '../../src/lib/surlignage.ts';
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { ETATS, PAYS, THEMATIQUES } from '../../src/schema/vocabulaire.ts';
import { test } from '../support/test-navigateur.ts';
import { urls } from '../support/pagefind.ts';
import {
  chemin,
  debutDe,
  FAUTE,
  fiches,
  MOT_ET_ETAT,
  MOT_ET_THEME,
  REPERE,
  replier,
  slugsOu,
  SYNONYMES_ABSENTS,
  themesDe,
} from '../support/catalogue.ts';

const statut = (page: Page) => page.locator('#statut');
const titres = (page: Page) => page.locator('#resultats h2 a').allTextContents();
const nombre = (page: Page) => async () => Number((await statut(page).textContent())!.match(/^(\d+)/)?.[1] ?? 0);
const chemins = (page: Page) =>
  page.locator('#resultats h2 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
const combien = (garder: Parameters<typeof slugsOu>[0]) => slugsOu(garder).length;

// Facet values that split the catalogue, chosen in it.
const PAYS_PARTIEL = Object.keys(PAYS).find((p) => {
  const n = combien((d) => d.territoire.pays.includes(p as never));
  return n > 0 && n < fiches.length;
});
const THEMES = Object.keys(THEMATIQUES);
/** Two themes whose union is larger than the first, and a country that keeps part of that union. */
const OU_ET = THEMES.flatMap((a) => THEMES.map((b) => [a, b] as const))
  .flatMap(([a, b]) => Object.keys(PAYS).map((p) => ({ a, b, p })))
  .find(({ a, b, p }) => {
    const dans = (d: Parameters<typeof themesDe>[0], t: string) => themesDe(d).includes(t);
    const seul = combien((d) => dans(d, a));
    const union = combien((d) => dans(d, a) || dans(d, b));
    const et = combien((d) => (dans(d, a) || dans(d, b)) && d.territoire.pays.includes(p as never));
    return seul > 0 && union > seul && et > 0 && et < union;
  });
/** Years of start, distinct, in order: a range of two of them, in the middle. */
const ANNEES = [...new Set(fiches.map((f) => f.data.annee).filter((a) => a !== null))].sort((a, b) => a - b);
const PLAGE = ANNEES.length >= 3 ? ANNEES.slice(Math.floor((ANNEES.length - 1) / 2), Math.floor((ANNEES.length - 1) / 2) + 2) : undefined;

describe('la recherche dans Chromium', () => {
  test('affiche des résultats pendant la frappe et garde la requête dans l’URL', async ({ page, site }) => {
    const { fiche, mot } = REPERE;
    await page.goto(`${site.url}recherche/`);
    await page.locator('#q').pressSequentially(mot, { delay: 20 });
    await expect.poll(() => statut(page).textContent()).toMatch(new RegExp(`résultats? pour « ${mot} »`));
    expect((await titres(page))[0]).toBe(fiche.data.titre);
    expect(new URL(page.url()).searchParams.get('q')).toBe(mot);
  });

  test('surligne les mots trouvés dans l’extrait et propose des liens vers les sections', async ({ page, site }) => {
    const { mot } = REPERE;
    await page.goto(`${site.url}recherche/?q=${encodeURIComponent(mot)}`);
    await expect.poll(() => page.locator('#resultats mark').count()).toBeGreaterThan(0);
    const sections = await page
      .locator('#resultats .sous-resultats a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
    expect(sections.length).toBeGreaterThan(0);
    for (const s of sections) {
      const url = new URL(s, site.url);
      expect(url.pathname, s).toMatch(/^\/(pratiques|thematiques)\/[a-z0-9-]+\/$/);
      // Pagefind passes the words on as it reads them: lowercase, without accents.
      expect(
        [...url.searchParams].map(([k, v]) => [k, replier(v)]),
        s,
      ).toEqual([['surligner', replier(mot)]]);
      expect(url.hash, s).toMatch(/^#[a-z0-9-]+$/);
    }
  });

  test('restreint les résultats avec un filtre, compte chaque valeur et met le filtre dans l’URL', async ({ page, site }) => {
    const { mot, theme } = MOT_ET_THEME;
    await page.goto(`${site.url}recherche/?q=${encodeURIComponent(mot)}`);
    await expect.poll(nombre(page)).toBeGreaterThan(0);
    const avant = await nombre(page)();
    const compte = await page.locator(`label[for="thematique-${theme}"] [data-compte]`).textContent();
    await page.getByLabel(debutDe(THEMATIQUES[theme as keyof typeof THEMATIQUES])).check();
    await expect.poll(nombre(page)).toBeLessThan(avant);
    expect(`(${await nombre(page)()})`).toBe(compte);
    expect(new URL(page.url()).searchParams.getAll('thematique')).toEqual([theme]);
    for (const meta of await page.locator('#resultats .meta').allTextContents()) expect(meta).not.toBe('');
  });

  test('combine les valeurs d’un filtre par OU, et les filtres entre eux par ET', async ({ page, site }) => {
    expect(OU_ET, 'deux thématiques et un pays qui partagent le catalogue').toBeDefined();
    const { a, b, p } = OU_ET!;
    await page.goto(`${site.url}recherche/?thematique=${a}`);
    await expect.poll(nombre(page)).toBeGreaterThan(0);
    const seul = await nombre(page)();
    await page.getByLabel(debutDe(THEMATIQUES[b as keyof typeof THEMATIQUES])).check();
    await expect.poll(nombre(page)).toBeGreaterThan(seul);
    const union = await nombre(page)();
    await page.getByLabel(debutDe(PAYS[p as keyof typeof PAYS])).check();
    await expect.poll(nombre(page)).toBeLessThan(union);
    const attendu = combien((d) => (themesDe(d).includes(a) || themesDe(d).includes(b)) && d.territoire.pays.includes(p as never));
    expect(await nombre(page)()).toBe(attendu);
  });

  test('parcourt tout le catalogue sans mots, et revient en arrière avec le navigateur', async ({ page, site }) => {
    expect(PAYS_PARTIEL, 'un pays qui n’a qu’une partie des fiches').toBeDefined();
    const pays = page.getByLabel(debutDe(PAYS[PAYS_PARTIEL as keyof typeof PAYS]));
    await page.goto(`${site.url}recherche/`);
    await expect.poll(nombre(page)).toBe(fiches.length);
    await pays.check();
    await expect.poll(nombre(page)).toBeLessThan(fiches.length);
    expect(new URL(page.url()).searchParams.getAll('pays')).toEqual([PAYS_PARTIEL]);
    await page.goBack();
    await expect.poll(nombre(page)).toBe(fiches.length);
    expect(await pays.isChecked()).toBe(false);
  });

  test('retrouve l’état complet depuis une URL partagée', async ({ page, site }) => {
    const { mot, etat } = MOT_ET_ETAT;
    await page.goto(`${site.url}recherche/?q=${encodeURIComponent(mot)}&etat=${etat}&tri=titre`);
    // The same search, made in Node on the index: the page must show its results in its order.
    const attendus = await urls(mot, { filters: { etat: { any: [etat] } }, sort: { titre: 'asc' } });
    expect(attendus.length).toBeGreaterThan(1);
    await expect.poll(nombre(page)).toBe(attendus.length);
    expect(await page.locator('#q').inputValue()).toBe(mot);
    expect(await page.getByLabel(debutDe(ETATS[etat])).isChecked()).toBe(true);
    expect(await page.locator('#tri').inputValue()).toBe('titre');
    const liens = await chemins(page);
    expect(liens.length).toBeGreaterThan(1);
    expect(liens).toEqual(attendus.slice(0, liens.length));
  });

  test('trie par année, des plus récentes aux plus anciennes, les fiches sans année à la fin', async ({ page, site }) => {
    await page.goto(`${site.url}recherche/?tri=annee-desc`);
    await expect.poll(nombre(page)).toBe(fiches.length);
    // Results come a page at a time: ask for the next ones until all are shown.
    const plus = page.locator('#plus');
    for (let i = 0; i < fiches.length; i++) {
      await page.waitForLoadState('networkidle');
      if (!(await plus.isVisible())) break;
      await plus.click();
    }
    await expect.poll(() => page.locator('#resultats li').count()).toBe(fiches.length);
    const annees = (await chemins(page)).map((l) => fiches.find((f) => l === chemin(f))!.data.annee);
    const datees = annees.filter((a) => a !== null);
    expect(datees).toHaveLength(combien((d) => d.annee !== null));
    expect(annees.slice(datees.length).every((a) => a === null)).toBe(true);
    expect(datees).toEqual([...datees].sort((a, b) => b - a));
  });

  test('restreint à une plage d’années, bornes comprises', async ({ page, site }) => {
    expect(PLAGE, 'au moins trois années de démarrage différentes').toBeDefined();
    const [de, a] = PLAGE!;
    await page.goto(`${site.url}recherche/`);
    await expect.poll(nombre(page)).toBe(fiches.length);
    await page.getByLabel('De', { exact: true }).selectOption(String(de));
    await page.getByLabel('à', { exact: true }).selectOption(String(a));
    const attendu = combien((d) => d.annee !== null && d.annee >= de! && d.annee <= a!);
    await expect.poll(nombre(page)).toBe(attendu);
    expect(attendu).toBeLessThan(fiches.length);
    expect(new URL(page.url()).searchParams.get('annee-min')).toBe(String(de));
    expect(new URL(page.url()).searchParams.get('annee-max')).toBe(String(a));
  });

  test('trouve une fiche par un synonyme ou un terme anglais qu’elle n’emploie pas', async ({ page, site }) => {
    const { terme, fiche } = SYNONYMES_ABSENTS[0]!;
    await page.goto(`${site.url}recherche/?q=${encodeURIComponent(terme)}`);
    await expect.poll(nombre(page)).toBeGreaterThan(0);
    expect(await chemins(page)).toContain(chemin(fiche));
  });

  test('répond à une question dont aucune page n’a tous les mots, et dit qu’il s’agit d’une partie des mots', async ({ page, site }) => {
    const { mot, fiche } = REPERE;
    // « xqzvwk » is in no page and near no word: only the sheet's own word can be searched.
    const question = `comment faire avec ${mot} xqzvwk ?`;
    await page.goto(`${site.url}recherche/`);
    await page.locator('#q').fill(question);
    await expect.poll(() => statut(page).textContent()).toMatch(/Résultats pour une partie des mots/);
    expect(await statut(page).textContent()).toContain(`« ${mot.toLowerCase()} »`);
    expect(await statut(page).textContent()).not.toMatch(/« (comment|faire|avec|xqzvwk) »/);
    expect((await chemins(page))[0]).toBe(chemin(fiche));
  });

  test('propose le mot voulu pour une faute de frappe, corrige en un clic et trouve déjà la fiche', async ({ page, site }) => {
    const { mot, faute, fiche } = FAUTE;
    await page.goto(`${site.url}recherche/?q=${encodeURIComponent(faute)}`);
    const lien = page.locator('#correction a');
    await expect.poll(() => page.locator('#correction').textContent()).toBe(`Vouliez-vous dire « ${mot} » ?`);
    expect(await chemins(page)).toContain(chemin(fiche));
    await lien.click();
    await expect.poll(() => page.locator('#q').inputValue()).toBe(mot);
    await page.waitForURL((u) => u.searchParams.get('q') === mot);
    await expect.poll(() => page.locator('#correction').isHidden()).toBe(true);
    expect(await chemins(page)).toContain(chemin(fiche));
  });

  test('surligne les mots cherchés sur la fiche où mène un résultat', async ({ page, site }) => {
    const { fiche, mot } = REPERE;
    await page.goto(`${site.url}recherche/?q=${encodeURIComponent(mot)}`);
    await expect.poll(nombre(page)).toBeGreaterThan(0);
    await page.locator('#resultats h2 a').first().click();
    await page.waitForURL((url) => url.pathname === chemin(fiche) && url.searchParams.has('surligner'));
    await expect.poll(() => page.locator('.texte mark').count()).toBeGreaterThan(0);
    expect(plierTexte((await page.locator('.texte mark').first().textContent())!)).toContain(plierTexte(mot).slice(0, 4));
  });

  test('pendant une frappe plus rapide que la recherche, ne lance une recherche qu’une fois la précédente finie, et la dernière', async ({
    page,
    site,
  }) => {
    const { fiche, mot } = REPERE;
    const RETARD = 200;
    // Each search handed to Pagefind's worker(s) late, so that it outlasts the pause between two keys;
    // the queries recorded, with the time, when the page asks for them.
    await page.addInitScript((retard) => {
      const envoyer = Worker.prototype.postMessage as (this: Worker, ...a: unknown[]) => void;
      const cherchees: [string, number][] = ((window as unknown as { cherchees: [string, number][] }).cherchees = []);
      Worker.prototype.postMessage = function (this: Worker, ...a: unknown[]) {
        const m = a[0] as { method?: string; args?: unknown[] } | undefined;
        if (m?.method !== 'search') return envoyer.apply(this, a);
        cherchees.push([String(m.args?.[0]), performance.now()]);
        setTimeout(() => envoyer.apply(this, a), retard);
      };
    }, RETARD);
    await page.goto(`${site.url}recherche/`);
    await expect.poll(nombre(page), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.evaluate(() => ((window as unknown as { cherchees: unknown[] }).cherchees.length = 0));
    await page.locator('#q').pressSequentially(mot, { delay: 60 });
    await expect.poll(() => statut(page).textContent(), { timeout: 20_000 }).toMatch(new RegExp(`résultats? pour « ${mot} »`));
    expect((await titres(page))[0]).toBe(fiche.data.titre);
    const cherchees = (await page.evaluate(() => (window as unknown as { cherchees: [string, number][] }).cherchees)).filter(([q]) =>
      mot.startsWith(q),
    );
    const trace = cherchees.map(([q, t]) => `${q} à ${t.toFixed(0)} ms`).join(', ');
    expect(cherchees.at(-1)?.[0], trace).toBe(mot);
    // Fewer searches than keys, and none before the last one's answer.
    expect(cherchees.length, trace).toBeLessThan(mot.length);
    for (let i = 1; i < cherchees.length; i++) expect(cherchees[i]![1] - cherchees[i - 1]![1], trace).toBeGreaterThanOrEqual(RETARD);
  });

  test('annonce le nombre de résultats aux lecteurs d’écran', async ({ page, site }) => {
    const { mot } = MOT_ET_THEME;
    await page.goto(`${site.url}recherche/?q=${encodeURIComponent(mot)}`);
    const s = statut(page);
    expect(await s.getAttribute('role')).toBe('status');
    expect(await s.getAttribute('aria-live')).toBe('polite');
    await expect.poll(() => s.textContent()).toMatch(new RegExp(`^\\d+ résultats? pour « ${mot} »$`));
  });

  test('replie les filtres sur un téléphone, pour que les résultats soient proches', async ({ page, site }) => {
    const { mot } = MOT_ET_THEME;
    const ecran = { width: 390, height: 800 };
    await page.setViewportSize(ecran);
    await page.goto(`${site.url}recherche/?q=${encodeURIComponent(mot)}`);
    await expect.poll(nombre(page)).toBeGreaterThan(0);
    expect(await page.locator('.facettes details[open]').count()).toBe(0);
    const haut = await page.locator('#resultats li').first().boundingBox();
    // Within two screens of the top.
    expect(haut!.y).toBeLessThan(2 * ecran.height);
  });
});
