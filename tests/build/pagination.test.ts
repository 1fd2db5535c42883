// Every page bounded whatever the catalogue's size: listings cut into pages (rel="prev"/"next", page 1
// at the listing's address, page n under `n/`), the timeline and the map summed up past a page, the full
// lists in the open data. Checked on the real catalogue's build and on a generated one that paginates.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { nombre } from '../../src/lib/format.ts';
import { filsIndex } from '../../src/lib/indexer-fs.ts';
import { cheminAnnee, parAnnee } from '../../src/lib/frise.ts';
import { lireScriptServiceWorker } from '../../src/lib/hors-ligne.ts';
import { cheminPage, FICHES_PAR_PAGE } from '../../src/lib/pagination.ts';
import type { ResultatPagefind } from '../../src/lib/pagefind.ts';
import { chargerPagefind } from '../../src/lib/pagefind-fs.ts';
import { FICHIER_PAGES, trier, type TablePages } from '../../src/lib/filtres.ts';
import { FICHIER_TRANCHES, MOTEURS_MAX, tetesDeGroupe, type Tranches } from '../../src/lib/tranches.ts';
import { explorer } from '../support/crawl.ts';
import { donneesOuvertes, listesAttendues, motDUnTitre, pagesDe, type PageLue } from '../support/listes.ts';
import { DIST, GENERE, pagesHtml, SITE } from '../support/site.ts';

/** The budget for any HTML page, at any size of catalogue. */
const POIDS_MAX = 100_000;

const lire = (dossier: string, chemin: string) => readFileSync(join(dossier, chemin), 'utf8');

const constructions = [
  { nom: 'le catalogue réel', dossier: DIST, taille: FICHES_PAR_PAGE },
  { nom: `un catalogue généré de ${GENERE.fiches} fiches, ${GENERE.taille} par page`, dossier: GENERE.dossier, taille: GENERE.taille },
];

describe.each(constructions)('$nom', ({ dossier, taille }) => {
  // Read once the build exists (beforeAll), then shared by the tests.
  let listes: { adresse: string; slugs: string[]; pages: PageLue[] }[] = [];
  let fiches: ReturnType<typeof donneesOuvertes> = [];
  beforeAll(() => {
    fiches = donneesOuvertes(dossier);
    listes = listesAttendues(fiches).map((l) => ({ ...l, pages: pagesDe(dossier, l.adresse) }));
  });

  it('montre chaque fiche de chaque liste une fois, dans son ordre, page après page', () => {
    expect(listes.some((l) => l.pages.length > 1)).toBe(taille < fiches.length);
    for (const { adresse, slugs, pages } of listes) {
      expect(
        pages.flatMap((p) => p.slugs),
        adresse,
      ).toEqual(slugs);
      expect(pages.length, adresse).toBe(Math.max(1, Math.ceil(slugs.length / taille)));
      for (const p of pages.slice(0, -1)) expect(p.slugs.length, p.chemin).toBe(taille);
    }
  });

  it('enchaîne les pages par rel="prev" et rel="next", la page 1 à l’adresse de la liste, la page n sous « n/ »', () => {
    for (const { adresse, pages } of listes) {
      pages.forEach((p, i) => {
        expect(p.chemin).toBe(cheminPage(adresse, i + 1));
        expect(p.prev, p.chemin).toBe(i === 0 ? undefined : pages[i - 1]!.chemin);
        expect(p.next, p.chemin).toBe(pages[i + 1]?.chemin);
      });
      expect(existsSync(join(dossier, cheminPage(adresse, pages.length + 1))), adresse).toBe(false);
    }
  });

  it('dit sur chaque page laquelle elle est, relie les autres, et où est la liste complète', () => {
    for (const { adresse, pages } of listes) {
      pages.forEach(({ chemin, doc, prev, next }, i) => {
        const nav = doc.querySelector('main nav[aria-label="Pagination"]');
        expect(doc.querySelector('main a[href="/api/pratiques.json"]'), chemin).not.toBeNull();
        if (pages.length === 1) {
          expect(nav, chemin).toBeNull();
          return;
        }
        const n = i + 1;
        expect(nav!.text, chemin).toContain(`Page ${n} sur ${pages.length}`);
        expect(doc.querySelector('title')!.text.includes(`, page ${n} sur ${pages.length}`), chemin).toBe(n > 1);
        const courant = nav!.querySelectorAll('a[aria-current="page"]');
        expect(
          courant.map((a) => [a.text.trim(), a.getAttribute('href')]),
          chemin,
        ).toEqual([[String(n), `/${chemin}`]]);
        expect(nav!.querySelector('a[rel="prev"]')?.getAttribute('href'), chemin).toBe(prev && `/${prev}`);
        expect(nav!.querySelector('a[rel="next"]')?.getAttribute('href'), chemin).toBe(next && `/${next}`);
        for (const a of nav!.querySelectorAll('a[aria-label]'))
          expect(a.getAttribute('href'), chemin).toBe(`/${cheminPage(adresse, Number(a.text.trim()))}`);
      });
    }
  });

  it('met chaque page au plan du site, et aucune page après la première dans ce que le service worker garde d’avance', () => {
    const plan = lire(dossier, 'sitemap-0.xml');
    const gardes = new Set(lireScriptServiceWorker(lire(dossier, 'sw.js')).fichiers);
    for (const { pages } of listes)
      pages.forEach(({ chemin }, i) => {
        expect(plan, chemin).toContain(`<loc>${SITE}/${chemin}</loc>`);
        if (i > 0)
          expect(
            [chemin, `${chemin}index.html`].some((f) => gardes.has(f)),
            chemin,
          ).toBe(false);
      });
  });

  it(`garde chaque page HTML sous ${POIDS_MAX / 1000} Ko`, () => {
    const lourdes = pagesHtml(dossier)
      .map((p) => [p, readFileSync(join(dossier, p)).length] as const)
      .filter(([, octets]) => octets > POIDS_MAX);
    expect(lourdes).toEqual([]);
  });

  it('fait de chaque année de la chronologie un lien vers la liste de ses fiches ; au-delà d’une page, la frise et la liste les comptent', () => {
    const agregee = fiches.length > taille;
    const page = pagesDe(dossier, 'chronologie/')[0]!.doc;
    const annees = [...parAnnee(fiches)];
    expect(page.querySelectorAll('.par-annee dt a').map((a) => a.getAttribute('href'))).toEqual(annees.map(([a]) => `/${cheminAnnee(a)}`));
    for (const [annee, siennes] of annees) {
      const dd = page.querySelector(`.par-annee dt a[href="/${cheminAnnee(annee)}"]`)!.parentNode!.nextElementSibling!;
      if (agregee) expect(dd.text.trim(), String(annee)).toBe(nombre(siennes.length, 'fiche'));
      else
        expect(
          dd
            .querySelectorAll('a')
            .map((a) => a.getAttribute('href')!.split('/')[2])
            .sort(),
        ).toEqual(siennes.map((f) => f.id).sort());
    }
    const fichesLiees = page.querySelectorAll('main a[href^="/pratiques/"]');
    expect(fichesLiees.length).toBe(agregee ? 0 : fiches.length + fiches.filter((f) => f.data.annee !== null).length);
    if (!agregee) return;
    const points = page.querySelectorAll('.frise svg a');
    let total = 0;
    for (const a of points) {
      const [, annee, n] = /^(\d+) : (\d+) fiches?$/.exec(a.getAttribute('aria-label')!)!;
      expect(a.getAttribute('href')).toBe(`/${cheminAnnee(Number(annee))}`);
      const attendues = fiches.filter((f) => f.data.annee === Number(annee));
      expect(Number(n), annee).toBe(attendues.length);
      // One point per theme that has sheets that year.
      expect(a.querySelectorAll('circle').length, annee).toBe(new Set(attendues.map((f) => f.data.thematique)).size);
      total += attendues.length;
    }
    expect(total).toBe(fiches.filter((f) => f.data.annee !== null).length);
  });

  it('mène de chaque compte de la carte et des régions à une liste qui porte ce nombre de fiches', () => {
    const page = pagesDe(dossier, 'territoires/')[0]!.doc;
    const comptes = page
      .querySelectorAll('main a[href^="/territoires/"]')
      .map(
        (a) => [a.getAttribute('href')!.slice(1), /(\d+) fiches?\)?$/.exec((a.getAttribute('aria-label') ?? a.text).trim())?.[1]] as const,
      )
      .filter((c): c is readonly [string, string] => c[1] !== undefined);
    expect(comptes.length).toBeGreaterThan(0);
    for (const [adresse, n] of comptes) expect(pagesDe(dossier, adresse).flatMap((p) => p.slugs).length, adresse).toBe(Number(n));
  });
});

describe(`un catalogue généré de ${GENERE.fiches} fiches`, () => {
  it('atteint chaque fiche depuis l’accueil sans lien cassé', () => {
    const { atteintes, casses } = explorer(GENERE.dossier);
    expect(casses).toEqual([]);
    for (const f of donneesOuvertes(GENERE.dossier)) expect(atteintes.has(`/pratiques/${f.id}/`), f.id).toBe(true);
  });

  it('découpe son index de recherche en tranches cherchées ensemble : chaque fiche trouvée une fois, le tri par année sur toutes', async () => {
    const { autres } = JSON.parse(lire(GENERE.dossier, `pagefind/${FICHIER_TRANCHES}`)) as Tranches;
    expect(autres.length).toBeGreaterThanOrEqual(Math.floor(GENERE.fiches / GENERE.tranche) - 1);
    // Indexed side by side by as many threads as the machine allows (several as soon as it has two cores).
    const n = autres.length + 1;
    expect(readFileSync(GENERE.journal, 'utf8')).toContain(`en ${n} tranches sur ${nombre(filsIndex(n), 'fil')}`);
    // The other slices hold their index: Pagefind's scripts come from the first, and only a slice a module of
    // the search page may start from keeps its worker and WebAssembly, which the service worker keeps too.
    const tetes = tetesDeGroupe(n);
    const gardes = new Set(lireScriptServiceWorker(lire(GENERE.dossier, 'sw.js')).fichiers);
    autres.forEach((d, i) => {
      const propres = readdirSync(join(GENERE.dossier, 'pagefind', d)).filter((f) => /\.(js|css|pagefind)$/.test(f));
      expect(propres, d).toEqual(tetes.has(i + 1) ? ['pagefind-worker.js', 'wasm.fr.pagefind'] : []);
      for (const f of propres) expect(gardes.has(`pagefind/${d}${f}`), f).toBe(true);
    });
    expect(tetes.size).toBeGreaterThan(1);
    const pf = await chargerPagefind(GENERE.dossier);
    const { results } = await pf.search(null, { filters: { type: 'fiche' } });
    const url = async (r: ResultatPagefind) => (await r.data()).url;
    const fiches = donneesOuvertes(GENERE.dossier);
    expect((await Promise.all(results.map(url))).sort()).toEqual(fiches.map((f) => `/pratiques/${f.id}/`).sort());
    const table = JSON.parse(lire(GENERE.dossier, `pagefind/${FICHIER_PAGES}`)) as TablePages;
    const annee = new Map(fiches.map((f) => [`/pratiques/${f.id}/`, f.data.annee]));
    const annees = await Promise.all(trier(table, results, { annee: 'desc' }).map(async (r) => annee.get(await url(r))!));
    expect(annees).toHaveLength(fiches.filter((f) => f.data.annee !== null).length);
    expect(annees).toEqual([...annees].sort((a, b) => b - a));
  });

  it('cherche ses tranches avec plusieurs modules Pagefind comme avec un seul : mêmes résultats, même ordre, mêmes comptes', async () => {
    const mot = motDUnTitre(GENERE.dossier);
    const un = await chargerPagefind(GENERE.dossier);
    for (let moteurs = 2; moteurs <= MOTEURS_MAX; moteurs++) {
      const plusieurs = await chargerPagefind(GENERE.dossier, {}, moteurs);
      for (const [q, options] of [
        [mot, {}],
        [null, { filters: { type: 'fiche' } }],
      ] as const) {
        const [a, b] = await Promise.all([un.search(q, options), plusieurs.search(q, options)]);
        expect(a.results.length, `${q}`).toBeGreaterThan(0);
        expect(b.results.map((r) => r.id)).toEqual(a.results.map((r) => r.id));
        expect(b.filters).toEqual(a.filters);
        expect(b.totalFilters).toEqual(a.totalFilters);
      }
      expect(await plusieurs.filters()).toEqual(await un.filters());
    }
  });

  it('ne relie nulle part plus d’un cinquième de ses fiches sur une même page : aucune liste ne croît avec lui', () => {
    const borne = GENERE.fiches / 5;
    expect(borne).toBeGreaterThan(GENERE.taille);
    const trop = pagesHtml(GENERE.dossier)
      .map((p) => [p, new Set(lire(GENERE.dossier, p).match(/href="\/pratiques\/[^"/]+\/"/g)).size] as const)
      .filter(([, n]) => n > borne);
    expect(trop).toEqual([]);
  });
});
