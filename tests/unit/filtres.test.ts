import { describe, expect, it } from 'vitest';
import { compter, filtrer, filtresDe, gardien, tablePages, trier, valeursPage, type ValeursPage } from '../../src/lib/filtres.ts';
import type { IndexPagefind, ResultatPagefind } from '../../src/lib/pagefind.ts';

const page = (filtres: Record<string, string[]>, tris: Record<string, number> = {}): ValeursPage => ({ filtres, tris });
const table = tablePages(
  new Map([
    ['a', page({ type: ['fiche'], thematique: ['aller-vers', 'pair-aidance'], etat: ['projet'] }, { annee: 2001, titre: 3 })],
    ['b', page({ type: ['fiche'], thematique: ['aller-vers'], etat: ['perennisee'] }, { annee: 1999, titre: 1 })],
    ['c', page({ type: ['fiche'], thematique: ['pouvoir-d-agir'], etat: ['perennisee'] }, { annee: 2020, titre: 2 })],
    ['g', page({ type: ['glossaire'] })],
  ]),
);
const ids = (l: readonly { id: string }[]) => l.map((x) => x.id);
const resultat = (id: string, score = 1): ResultatPagefind => ({
  id,
  score,
  data: async () => ({ url: `/${id}/`, excerpt: '', content: '', meta: {}, filters: {}, sub_results: [] }),
});

describe('la table des pages de l’index', () => {
  it('lit les valeurs de filtre et de tri que marque une page', () => {
    const html =
      '<span data-filtre="thematique">aller-vers</span><span data-filtre="thematique">pair-aidance</span>' +
      '<span data-tri="annee">1992</span><span data-pagefind-meta="titre">x</span><span data-tri="titre">000012</span>';
    expect(valeursPage(html)).toEqual({ filtres: { thematique: ['aller-vers', 'pair-aidance'] }, tris: { annee: 1992, titre: 12 } });
    expect(valeursPage('<p>rien</p>')).toEqual({ filtres: {}, tris: {} });
  });

  it('écrit chaque valeur une fois et rend à chaque page les siennes', () => {
    expect(table.filtres.thematique).toEqual(['aller-vers', 'pair-aidance', 'pouvoir-d-agir']);
    expect(table.tris).toEqual(['annee', 'titre']);
    expect(filtresDe(table, 'a')).toEqual({ type: ['fiche'], thematique: ['aller-vers', 'pair-aidance'], etat: ['projet'] });
    expect(filtresDe(table, 'g')).toEqual({ type: ['glossaire'], thematique: [], etat: [] });
    expect(table.pages.g![0]).toEqual([null, null]);
  });

  it('filtre comme Pagefind : une valeur, toutes celles d’une liste, any, all, none ; une valeur inconnue ne garde rien', () => {
    const gardees = (f: Parameters<typeof gardien>[1]) => ['a', 'b', 'c', 'g'].filter(gardien(table, f));
    expect(gardees({ type: 'fiche' })).toEqual(['a', 'b', 'c']);
    expect(gardees({ thematique: ['aller-vers', 'pair-aidance'] })).toEqual(['a']);
    expect(gardees({ thematique: { any: ['pair-aidance', 'pouvoir-d-agir'] } })).toEqual(['a', 'c']);
    expect(gardees({ thematique: { any: ['aller-vers'] }, etat: { any: ['perennisee'] } })).toEqual(['b']);
    expect(gardees({ type: 'fiche', thematique: { none: ['aller-vers'] } })).toEqual(['c']);
    expect(gardees({ thematique: { all: ['aller-vers'] }, etat: { any: [] } })).toEqual(['a', 'b']);
    expect(gardees({ etat: 'inconnu' })).toEqual([]);
    expect(gardees({ inconnu: { any: ['x'] } })).toEqual([]);
  });

  it('compte chaque valeur parmi des pages, les valeurs absentes à zéro', () => {
    expect(compter(table, ['a', 'b'])).toEqual({
      type: { fiche: 2, glossaire: 0 },
      thematique: { 'aller-vers': 2, 'pair-aidance': 1, 'pouvoir-d-agir': 0 },
      etat: { projet: 1, perennisee: 1 },
    });
  });

  it('trie par une clé, les pages sans valeur écartées, l’ordre de pertinence gardé sans clé connue', () => {
    const r = ['g', 'a', 'b', 'c'].map((id) => resultat(id));
    expect(ids(trier(table, r, { annee: 'desc' }))).toEqual(['c', 'a', 'b']);
    expect(ids(trier(table, r, { annee: 'asc' }))).toEqual(['b', 'a', 'c']);
    expect(ids(trier(table, r, { titre: 'asc' }))).toEqual(['b', 'c', 'a']);
    expect(ids(trier(table, r, {}))).toEqual(['g', 'a', 'b', 'c']);
  });
});

describe('l’index filtré par la table', () => {
  const recherches: (string | null)[] = [];
  const pagefind: IndexPagefind = {
    filters: async () => ({}),
    preload: async () => {},
    search: async (q, options) => {
      expect(options).toBeUndefined(); // Pagefind never sees the filters
      recherches.push(q);
      return { results: ['g', 'a', 'b', 'c'].map((id, i) => resultat(id, 4 - i)), filters: {}, totalFilters: {} };
    },
  };
  const index = filtrer(pagefind, table);

  it('garde les pages des filtres, les compte, les trie, et rend à chacune ses valeurs', async () => {
    const r = await index.search('mot', { filters: { type: 'fiche', etat: { any: ['perennisee'] } }, sort: { annee: 'desc' } });
    expect(ids(r.results)).toEqual(['c', 'b']);
    expect(r.filters.thematique).toEqual({ 'aller-vers': 1, 'pair-aidance': 0, 'pouvoir-d-agir': 1 });
    expect(r.totalFilters.type).toEqual({ fiche: 3, glossaire: 1 });
    expect((await r.results[0]!.data()).filters.thematique).toEqual(['pouvoir-d-agir']);
    expect(await index.filters()).toEqual(compter(table, ['a', 'b', 'c', 'g']));
  });

  it('ne redemande pas à Pagefind les mots d’une recherche récente quand seuls les filtres changent', async () => {
    recherches.length = 0;
    await index.search('autre');
    await index.search('autre', { filters: { type: 'glossaire' } });
    expect(ids((await index.search('autre', { filters: { type: 'glossaire' } })).results)).toEqual(['g']);
    await index.search(null);
    expect(recherches).toEqual(['autre', null]);
  });
});
