// Listings cut into pages, and the timeline summed up: pure functions behind every listing page.
import { describe, expect, it } from 'vitest';
import { cheminAnnee, friseAgregee, parAnnee } from '../../src/lib/frise.ts';
import { cheminDepartement } from '../../src/lib/territoires.ts';
import {
  cheminPage,
  estSegmentPage,
  FICHES_PAR_PAGE,
  numerosAffiches,
  segmentsSuivants,
  paginer,
  parametrePage,
  routesPaginees,
  titrePage,
} from '../../src/lib/pagination.ts';

const lettres = [...'abcdefghijk'];

describe('paginer', () => {
  it('coupe une liste en pages de même taille, dans son ordre, chaque élément une fois', () => {
    const pages = paginer(lettres, 4);
    expect(pages.map((p) => p.elements)).toEqual([[...'abcd'], [...'efgh'], [...'ijk']]);
    expect(pages.map((p) => [p.numero, p.total, p.debut])).toEqual([
      [1, 3, 0],
      [2, 3, 4],
      [3, 3, 8],
    ]);
    expect(pages.flatMap((p) => p.elements)).toEqual(lettres);
  });

  it('donne à un élément une page qui ne dépend que de son rang', () => {
    const avant = paginer(lettres, 4);
    const apres = paginer([...lettres, 'l', 'm'], 4);
    for (const [i, p] of avant.entries()) expect(apres[i]!.elements.slice(0, p.elements.length)).toEqual(p.elements);
  });

  it('garde une page 1 à une liste vide, et refuse une taille qui n’en est pas une', () => {
    expect(paginer([], 4)).toEqual([{ numero: 1, total: 1, elements: [], debut: 0 }]);
    expect(paginer(lettres, lettres.length)).toHaveLength(1);
    for (const t of [0, -1, 2.5]) expect(() => paginer(lettres, t)).toThrow(RangeError);
    expect(paginer(Array.from({ length: FICHES_PAR_PAGE + 1 }))).toHaveLength(2);
  });
});

describe('adresses des pages', () => {
  it('laisse la page 1 à l’adresse de la liste, met la page n sous « page-n/ », qu’aucun département ni aucune fiche ne prend', () => {
    expect(cheminPage('pratiques/', 1)).toBe('pratiques/');
    expect(cheminPage('thematiques/aller-vers/', 3)).toBe('thematiques/aller-vers/page-3/');
    expect(cheminPage('territoires/france/', 13)).not.toBe(cheminDepartement('13'));
    expect([1, 2].map(parametrePage)).toEqual([undefined, 'page-2']);
    expect(segmentsSuivants(11, 4)).toEqual(['page-2', 'page-3']);
    expect(segmentsSuivants(4, 4)).toEqual([]);
    expect(['page-2', 'page', 'page-2-bis'].map(estSegmentPage)).toEqual([true, false, false]);
  });

  it('donne à getStaticPaths les paramètres et les props de chaque page', () => {
    const routes = routesPaginees(lettres, 8, { slug: 'x' }, { nom: 'X' });
    expect(routes.map((r) => r.params)).toEqual([
      { slug: 'x', page: undefined },
      { slug: 'x', page: 'page-2' },
    ]);
    expect(routes[1]!.props).toMatchObject({ nom: 'X', page: { numero: 2, elements: [...'ijk'] } });
  });

  it('nomme chaque page après la première', () => {
    expect(titrePage('Aller-vers', { numero: 1, total: 3 })).toBe('Aller-vers');
    expect(titrePage('Aller-vers', { numero: 2, total: 3 })).toBe('Aller-vers, page 2 sur 3');
  });
});

describe('numerosAffiches', () => {
  it('montre la première, la dernière et les voisines de la page courante, avec des trous', () => {
    expect(numerosAffiches(1, 1)).toEqual([1]);
    expect(numerosAffiches(3, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(numerosAffiches(10, 20)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]);
    expect(numerosAffiches(1, 20)).toEqual([1, 2, 3, null, 20]);
    expect(numerosAffiches(20, 20)).toEqual([1, null, 18, 19, 20]);
  });

  it('montre une page seule plutôt qu’un trou qui la cacherait', () => {
    expect(numerosAffiches(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(numerosAffiches(4, 9)).toEqual([1, 2, 3, 4, 5, 6, null, 9]);
  });

  it('reste bornée quel que soit le nombre de pages', () => {
    for (const total of [7, 100, 10_000])
      for (const n of [1, Math.ceil(total / 2), total]) expect(numerosAffiches(n, total).length).toBeLessThanOrEqual(9);
  });
});

describe('la frise résumée', () => {
  const [x, y] = ['aller-vers', 'pair-aidance'] as const;
  const fiche = (id: string, annee: number | null, thematique: typeof x | typeof y) => ({ id, data: { titre: id, annee, thematique } });
  const fiches = [fiche('a', 2010, x), fiche('b', 2010, x), fiche('c', 2010, y), fiche('d', 2012, x), fiche('e', null, y)];

  it('compte les fiches de chaque thématique et de chaque année, dans l’ordre des années puis des lignes', () => {
    const { cellules, debut, fin, nonDatees } = friseAgregee(fiches, [x, y]);
    expect(cellules.map((c) => [c.annee, c.thematique, c.n])).toEqual([
      [2010, x, 2],
      [2010, y, 1],
      [2012, x, 1],
    ]);
    expect([debut, fin, nonDatees]).toEqual([2010, 2012, ['e']]);
    const [deux, un] = cellules;
    expect(deux!.r).toBeGreaterThan(un!.r);
    for (const c of cellules) expect(c.r).toBeLessThanOrEqual(14);
  });

  it('range les fiches par année, les non datées à la fin, chacune vers sa liste', () => {
    expect([...parAnnee(fiches)].map(([a, l]) => [a, l.map((f) => f.id)])).toEqual([
      [2010, ['a', 'b', 'c']],
      [2012, ['d']],
      [null, ['e']],
    ]);
    expect([2010, null].map(cheminAnnee)).toEqual(['chronologie/2010/', 'chronologie/sans-annee/']);
  });
});
