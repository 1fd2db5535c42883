// Browsing without JavaScript: listings per theme, public and territory, a map and a timeline,
// everything reachable by plain links.
import { describe, expect, it } from 'vitest';
import { FACETTES } from '../../src/lib/facettes.ts';
import { aSaListe, cheminValeur } from '../../src/lib/listes.ts';
import { parse } from 'node-html-parser';
import { PAYS, PUBLICS } from '../../src/schema/vocabulaire.ts';
import { explorer } from '../support/crawl.ts';
import { DIST, existe, html } from '../support/site.ts';
import { departement } from '../../src/lib/territoires.ts';
import { chemin, fiches, slugsOu } from '../support/catalogue.ts';

const liensFiches = (chemin: string) =>
  parse(html(chemin))
    .querySelectorAll('main .vignette h2 a')
    .map((a) => a.getAttribute('href')!.split('/')[2])
    .sort();

describe('parcourir sans JavaScript', () => {
  it('atteint chaque fiche, chaque listing et chaque thématique par des liens depuis l’accueil, sans lien cassé', () => {
    const { atteintes, casses } = explorer(DIST);
    expect(casses).toEqual([]);
    for (const f of fiches) expect(atteintes.has(`/pratiques/${f.id}/`), f.id).toBe(true);
    for (const p of ['/publics/', '/territoires/', '/chronologie/', '/glossaire/', '/a-propos/', '/contribuer/'])
      expect(atteintes.has(p), p).toBe(true);
  });

  it('liste pour chaque public exactement ses fiches', () => {
    for (const p of Object.keys(PUBLICS)) {
      const attendues = slugsOu((d) => d.publics.includes(p as never));
      if (!attendues.length) {
        expect(existe(`publics/${p}/index.html`), p).toBe(false);
        continue;
      }
      expect(liensFiches(`publics/${p}/`), p).toEqual(attendues);
    }
  });

  it('liste pour chaque pays et chaque département exactement ses fiches', () => {
    for (const p of Object.keys(PAYS))
      expect(liensFiches(`territoires/${p.toLowerCase()}/`), p).toEqual(slugsOu((d) => d.territoire.pays.includes(p as never)));
    for (const code of new Set(fiches.flatMap((f) => f.data.territoire.departements))) {
      expect(liensFiches(`territoires/france/${code.toLowerCase()}/`), code).toEqual(
        slugsOu((d) => d.territoire.departements.includes(code)),
      );
    }
  });

  it.each(fiches.map((f) => [f.id, f.data] as const))('fait de chaque valeur de la carte de %s un lien vers sa liste', (slug, d) => {
    const carte = parse(html(`pratiques/${slug}/`)).querySelector('.encart')!;
    const liens = carte.querySelectorAll('a').map((a) => a.getAttribute('href')!);
    expect(liens).toContain(`/thematiques/${d.thematique}/`);
    for (const p of d.publics) expect(liens).toContain(`/publics/${p}/`);
    for (const p of d.territoire.pays) expect(liens).toContain(`/territoires/${p.toLowerCase()}/`);
    for (const c of d.territoire.departements) expect(liens).toContain(`/territoires/france/${c.toLowerCase()}/`);
    expect(liens).toContain(`/parcourir/etat/${d.etat}/`);
    for (const e of d.evaluation) expect(liens).toContain(`/parcourir/evaluation/${e}/`);
  });

  it('publie une liste par valeur de chaque facette sans page propre, et les relie toutes depuis /parcourir/', () => {
    const index = parse(html('parcourir/'));
    const liens = new Set(index.querySelectorAll('main a').map((a) => a.getAttribute('href')!));
    for (const f of FACETTES) {
      for (const v of new Set(fiches.flatMap((x) => f.valeurs(x.data)))) {
        const cible = `/${cheminValeur(f.cle, v)}`;
        expect(liens, `${f.cle}=${v}`).toContain(cible);
        if (!aSaListe(f.cle)) {
          const page = parse(html(cible.slice(1)));
          const attendues = fiches
            .filter((x) => f.valeurs(x.data).includes(v))
            .map((x) => `/pratiques/${x.id}/`)
            .sort();
          expect(
            page
              .querySelectorAll('.liste-fiches h2 a')
              .map((a) => a.getAttribute('href'))
              .sort(),
            cible,
          ).toEqual(attendues);
        }
      }
    }
  });

  it('dessine une carte où chaque département concerné est un lien, doublée d’un tableau sur la page de la France', () => {
    const page = parse(html('territoires/'));
    const codes = [...new Set(fiches.flatMap((f) => f.data.territoire.departements))].filter((c) => c.length === 2).sort();
    const carte = page
      .querySelectorAll('.carte-france svg a')
      .map((a) => a.getAttribute('href')!.split('/')[3]!.toUpperCase())
      .sort();
    expect(carte).toEqual(codes);
    for (const a of page.querySelectorAll('.carte-france svg a'))
      expect(a.getAttribute('aria-label')).toMatch(/^.+ \(\w{2,3}\) : \d+ fiches?$/);
    const tableau = parse(html('territoires/france/'))
      .querySelectorAll('section[aria-labelledby="liste-departements"] tbody th a')
      .map((a) => a.text.split(' ')[0])
      .sort();
    expect(tableau).toEqual([...new Set(fiches.flatMap((f) => f.data.territoire.departements))].sort());
    expect(page.querySelectorAll('.carte-pays svg a').map((a) => a.getAttribute('href'))).toEqual(
      Object.keys(PAYS).map((p) => `/territoires/${p.toLowerCase()}/`),
    );
  });

  it('mène d’abord, avant la carte, de chaque région à ses départements qui ont des fiches, avec leur nombre', () => {
    const page = parse(html('territoires/'));
    const regions = page.querySelector('section[aria-labelledby="regions"]')!;
    expect(page.toString().indexOf('aria-labelledby="regions"')).toBeLessThan(page.toString().indexOf('class="carte-france"'));
    const codes = [...new Set(fiches.flatMap((f) => f.data.territoire.departements))].sort();
    const vus: string[] = [];
    for (const r of regions.querySelectorAll('h3')) {
      const nom = r.text.replace(/\s*\(\d+ fiches?\)$/, '').trim();
      const liens = r.parentNode!.querySelectorAll('a');
      expect(liens.length, nom).toBeGreaterThan(0);
      const siens = liens.map((a) => a.getAttribute('href')!.split('/')[3]!.toUpperCase());
      expect(
        siens.map((c) => departement(c)?.region.nom),
        nom,
      ).toEqual(siens.map(() => nom));
      for (const a of liens) {
        const code = a.getAttribute('href')!.split('/')[3]!.toUpperCase();
        const n = slugsOu((d) => d.territoire.departements.includes(code)).length;
        expect(a.text.replace(/\s+/g, ' ').trim(), code).toBe(`${code} – ${departement(code)!.nom} (${n} fiche${n > 1 ? 's' : ''})`);
      }
      const n = slugsOu((d) => d.territoire.departements.some((c) => departement(c)?.region.nom === nom)).length;
      expect(r.text, nom).toMatch(new RegExp(`\\(${n} fiches?\\)$`));
      vus.push(...siens);
    }
    expect(vus.sort()).toEqual(codes);
  });

  it('met les points de la frise et la liste dans l’ordre des années, pour le clavier comme pour l’œil', () => {
    const page = parse(html('chronologie/'));
    const annee = (a: { getAttribute(n: string): string | undefined }) =>
      fiches.find((f) => chemin(f) === a.getAttribute('href'))!.data.annee ?? Infinity;
    const croissant = (l: number[]) => l.every((x, i) => i === 0 || l[i - 1]! <= x);
    const points = page.querySelectorAll('.frise svg a').map(annee);
    expect(points.length).toBeGreaterThan(0);
    expect(croissant(points), points.join()).toBe(true);
    const liste = page.querySelectorAll('.par-annee li a').map(annee);
    expect(croissant(liste), liste.join()).toBe(true);
  });

  it('place chaque fiche datée sur la frise, et toutes dans la liste par année', () => {
    const page = parse(html('chronologie/'));
    const points = page
      .querySelectorAll('.frise svg a')
      .map((a) => a.getAttribute('href')!.split('/')[2])
      .sort();
    expect(points).toEqual(slugsOu((d) => d.annee !== null));
    const liste = page
      .querySelectorAll('.par-annee li a')
      .map((a) => a.getAttribute('href')!.split('/')[2])
      .sort();
    expect(liste).toEqual(fiches.map((f) => f.id).sort());
    for (const f of fiches.filter((x) => x.data.annee !== null)) {
      expect(page.querySelector(`.frise svg a[href="/pratiques/${f.id}/"]`)!.getAttribute('aria-label')).toBe(
        `${f.data.annee} : ${f.data.titre}`,
      );
    }
  });
});
