// The search page on an index in slices (the generated catalogue GENERE): several Pagefind modules, each
// in its own worker, one a core, give the results one module gives, in the same order.
import { describe, expect } from 'vitest';
import { PAR_PAGE, PREMIERS } from '../../src/lib/etat-recherche.ts';
import { chargerPagefind } from '../../src/lib/pagefind-fs.ts';
import { FICHIER_TRANCHES, MOTEURS_MAX, nombreMoteurs, type Tranches } from '../../src/lib/tranches.ts';
import { motDUnTitre } from '../support/listes.ts';
import { GENERE } from '../support/site.ts';
import { test } from '../support/test-navigateur.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const tranches = 1 + (JSON.parse(readFileSync(join(GENERE.dossier, 'pagefind', FICHIER_TRANCHES), 'utf8')) as Tranches).autres.length;
const mot = motDUnTitre(GENERE.dossier);

describe.each([1, 2, MOTEURS_MAX])('avec %i cœur(s)', (coeurs) => {
  test('cherche avec un module Pagefind par cœur, chacun dans son worker, et trouve ce qu’en trouve un seul', async ({
    page,
    siteGenere,
  }) => {
    await page.addInitScript((n) => Object.defineProperty(navigator, 'hardwareConcurrency', { get: () => n }), coeurs);
    await page.goto(`${siteGenere.url}recherche/?q=${encodeURIComponent(mot)}`);
    await expect.poll(() => page.locator('#statut').textContent()).toContain(`« ${mot} »`);
    const workers = page.workers().filter((w) => w.url().endsWith('/pagefind-worker.js'));
    expect(workers).toHaveLength(nombreMoteurs(tranches, coeurs));
    const { results } = await (await chargerPagefind(GENERE.dossier)).search(mot);
    const attendus = await Promise.all(results.slice(0, PAR_PAGE).map(async (r) => new URL((await r.data()).url, 'http://x').pathname));
    expect(attendus.length).toBeGreaterThan(PREMIERS);
    const affiches = () =>
      page.locator('#resultats li h2 a').evaluateAll((l) => l.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    await expect.poll(affiches).toEqual(attendus);
  });
});
