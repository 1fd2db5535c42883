// The search's words: synonym groups, the index's vocabulary and its corrections, and the engine that
// combines them over Pagefind (here a fake Pagefind over a few pages, whose words it matches exactly).
import { describe, expect, it } from 'vitest';
import { MAX_FUSIONNES, motsPleins, PEU_DE_RESULTATS, rechercher } from '../../src/lib/moteur.ts';
import type { Pagefind, ResultatPagefind } from '../../src/lib/pagefind.ts';
import { absents, cleTerme, groupesSynonymes, motsVoisins } from '../../src/lib/synonymes.ts';
import { motsDe, suggestions, vocabulaireDe } from '../../src/lib/vocabulaire.ts';
import { morceauIndex, repartir } from '../../src/lib/tranches.ts';

describe('les groupes de synonymes', () => {
  const sigles = [
    { sigle: 'CF', variantes: ['C.F.'], developpe: 'Conférence familiale' },
    { sigle: 'FGC', variantes: [], developpe: 'Family Group Conference (conférence familiale)' },
  ];
  const groupes = groupesSynonymes(sigles, [{ termes: ['conférences familiales', 'réunion de famille'] }]);

  it('réunit le glossaire et la table quand ils partagent un terme, pluriel et accents mis à part', () => {
    expect(cleTerme('Conférences familiales')).toBe(cleTerme('conférence familiale'));
    // What an expansion puts in brackets is not one of its names: FGC stays apart.
    expect(groupes).toEqual([
      {
        formes: ['CF', 'C.F.', 'Conférence familiale', 'réunion de famille'],
        ajouts: ['CF', 'Conférence familiale', 'réunion de famille'],
      },
      { formes: ['FGC', 'Family Group Conference'], ajouts: ['FGC'] },
    ]);
  });

  it('ajoute à un texte les autres termes des groupes qu’il emploie, jamais les formes ni les développés du glossaire', () => {
    expect(motsVoisins('Nos conférences familiales réunissent…', groupes)).toEqual(['CF', 'réunion de famille']);
    expect(motsVoisins('Une CF ou Family Group Conference a eu lieu.', groupes)).toEqual([
      'Conférence familiale',
      'réunion de famille',
      'FGC',
    ]);
    expect(motsVoisins('Rien à voir, cf. page 3.', groupes)).toEqual([]);
    expect(absents('Lille et le Nord', ['Lille', 'Hauts-de-France'])).toEqual(['Hauts-de-France']);
  });
});

describe('le vocabulaire de l’index', () => {
  const v = vocabulaireDe(['La pair-aidance et l’aller-vers.', 'La pair-aidance, encore.', 'Le pouvoir d’agir des 12 nuits.']);

  it('compte les pages de chaque mot, garde élisions et mots composés avec leurs parties, sans les nombres ni les mots courts', () => {
    expect(motsDe('L’aller-vers, d’agir')).toEqual(["l'aller-vers", "d'agir"]);
    const mots = new Map(v.mots);
    expect(mots.get('pair-aidance')).toBe(2);
    expect(mots.get('aidance')).toBe(2);
    expect(mots.get("d'agir")).toBe(1);
    expect(mots.has('la')).toBe(false);
    expect(mots.has('12')).toBe(false);
    expect(v.mots[0]![1]).toBe(2);
    expect(vocabulaireDe(['La pair-aidance et l’aller-vers.', 'La pair-aidance, encore.'], 2).mots.map(([m]) => m)).toEqual([
      'aidance',
      'pair',
    ]);
  });

  it('propose les mots proches d’un mot inconnu, pas d’un mot connu ou fléchi, ni du début d’un mot connu que l’on tape', () => {
    expect(suggestions('aidence', v)).toEqual(['aidance']);
    expect(suggestions('piar-aidance', v)).toEqual(['pair-aidance']);
    expect(suggestions('dagir', v)).toEqual(["d'agir"]);
    expect(suggestions('Aidance', v)).toEqual([]);
    expect(suggestions('nuit', v)).toEqual([]);
    expect(suggestions('pouv', v, { enCours: true })).toEqual([]);
    expect(suggestions('pouv', v)).toEqual([]);
    expect(suggestions('xqzvwk', v)).toEqual([]);
  });
});

/** A fake Pagefind: a page matches when it holds every word of the query; its score is how many times. */
function fauxPagefind(pages: Record<string, string>): Pagefind & { requetes: string[] } {
  const requetes: string[] = [];
  const resultat = (id: string, score: number): ResultatPagefind => ({
    id,
    score,
    data: async () => ({ url: `/${id}/`, excerpt: '', content: pages[id]!, meta: {}, filters: {}, sub_results: [] }),
  });
  return {
    requetes,
    options: async () => {},
    init: async () => {},
    filters: async () => ({}),
    preload: async () => {},
    mergeIndex: async () => {},
    search: async (q) => {
      requetes.push(q ?? '');
      // Between quotes: the words side by side, in that order, as Pagefind's exact-phrase search.
      const phrase = /^"(.*)"$/.exec(q ?? '')?.[1];
      const mots = (phrase ?? q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      const results = Object.entries(pages)
        .filter(([, t]) => phrase === undefined || ` ${t} `.includes(` ${phrase} `))
        .map(([id, t]) => ({ id, n: mots.map((m) => t.split(/\W+/).filter((x) => x === m).length) }))
        .filter(({ n }) => n.every((x) => x > 0))
        .map(({ id, n }) =>
          resultat(
            id,
            n.reduce((a, b) => a + b, 0),
          ),
        )
        .sort((a, b) => b.score - a.score);
      return { results, filters: { type: { fiche: results.length } }, totalFilters: {} };
    },
  };
}

describe('le moteur de recherche', () => {
  const pages = { a: 'aidance aidance pair', b: 'aidance maraude', c: 'maraude nuit', d: 'maraude', e: 'refus aide' };
  const vocabulaire = async () => vocabulaireDe(Object.values(pages));

  it('cherche tous les mots sans les mots vides, et rend les comptes de Pagefind quand une recherche suffit', async () => {
    expect(motsPleins('Comment faire avec l’aller-vers ?')).toEqual(['aller-vers']);
    const pf = fauxPagefind(pages);
    let demandes = 0;
    const r = await rechercher(pf, 'la maraude', {}, () => (demandes++, vocabulaire()));
    expect(r.resultats.map((x) => x.id)).toEqual(['b', 'c', 'd']);
    // Enough pages found: the vocabulary, one more download, is not fetched.
    expect(demandes).toBe(0);
    expect(r.resultats.length).toBeGreaterThanOrEqual(PEU_DE_RESULTATS);
    expect(r.comptes).toEqual({ type: { fiche: 3 } });
    expect(r.partiel).toBeUndefined();
  });

  it('ne garde pas les verbes dont on fait une question, même liés (« faut-il »), mais garde « pouvoir d’agir »', () => {
    expect(motsPleins('que proposer à des personnes qui ne pourront pas retravailler')).toEqual(['proposer', 'personnes', 'retravailler']);
    expect(motsPleins('Que faut-il faire quand on doit aider ? Est-ce possible ?')).toEqual(['aider', 'possible']);
    expect(motsPleins('le pouvoir d’agir')).toEqual(['pouvoir', 'agir']);
  });

  it('met d’abord les pages qui ont les mots côte à côte, chaque part dans l’ordre de Pagefind', async () => {
    const pf = fauxPagefind({ p: 'peer support peer', q: 'peer x support support support', r: 'support peer', s: 'support' });
    const r = await rechercher(pf, 'peer support');
    expect(r.resultats.map((x) => x.id)).toEqual(['p', 'q', 'r']);
    expect(pf.requetes).toEqual(['peer support', '"peer support"']);
    // Same pages, so Pagefind's counts still hold.
    expect(r.comptes).toEqual({ type: { fiche: 3 } });
    // One word is its own phrase: no second search.
    const seul = fauxPagefind(pages);
    await rechercher(seul, 'maraude');
    expect(seul.requetes).toEqual(['maraude']);
  });

  it('corrige un mot inconnu et cherche la requête corrigée d’abord', async () => {
    const pf = fauxPagefind(pages);
    const r = await rechercher(pf, 'pair aidence', {}, vocabulaire);
    expect(r.correction).toBe('pair aidance');
    expect(r.resultats[0]!.id).toBe('a');
    expect(r.comptes).toBeUndefined();
  });

  it('cherche chaque mot seul quand aucune page ne les a tous, les pages qui en ont le plus d’abord', async () => {
    const pf = fauxPagefind(pages);
    const r = await rechercher(pf, 'comment accompagner une maraude la nuit', {}, vocabulaire);
    expect(r.partiel).toEqual(['maraude', 'nuit']);
    expect(r.resultats[0]!.id).toBe('c');
    expect(r.resultats.map((x) => x.id).sort()).toEqual(['b', 'c', 'd']);
    expect(r.resultats.length).toBeLessThanOrEqual(MAX_FUSIONNES);
  });

  it('parcourt sans mots, et cherche sans vocabulaire quand il manque', async () => {
    const pf = fauxPagefind(pages);
    const tout = await rechercher(pf, '');
    expect(tout.resultats).toHaveLength(Object.keys(pages).length);
    expect(tout.comptes).toBeDefined();
    const r = await rechercher(pf, 'pair aidence', {}, async () => undefined);
    expect(r.correction).toBeUndefined();
  });
});

describe('l’index en tranches', () => {
  it('répartit les pages à tour de rôle en tranches d’au plus la taille donnée, une seule pour un petit catalogue', () => {
    expect(repartir([1, 2, 3, 4, 5], 2)).toEqual([[1, 4], [2, 5], [3]]);
    expect(repartir([1, 2], 2)).toEqual([[1, 2]]);
    expect(repartir([], 2)).toEqual([[]]);
    // Smaller than Pagefind's default chunk (20,000), and smaller again in each of several slices.
    expect(morceauIndex(1)).toBeLessThan(20_000);
    expect(morceauIndex(4)).toBeLessThan(morceauIndex(1));
    expect(morceauIndex(4)).toBeGreaterThan(0);
  });
});
