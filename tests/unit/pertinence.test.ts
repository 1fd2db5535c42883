// Relevance measures on hand-made rankings, their values worked out in the comments; the judged
// query set of the bench checked against the catalogue.
import { describe, expect, it } from 'vitest';
import {
  attendus,
  bilanPertinence,
  idDepuisUrl,
  MIN_PAR_TYPE,
  ndcg,
  plafondRappel,
  problemesRequetes,
  rangReciproque,
  rappel,
  TYPES_REQUETE,
  type RequeteJugee,
} from '../../src/lib/pertinence.ts';
import { requetesJugees, sectionPertinence } from '../../scripts/bench/pertinence.ts';

// a is about it (3), b clearly relevant (2), c mentions it (1).
const J = { a: 3, b: 2, c: 1 };
// Ideal order a, b, c: DCG = (2³−1)/log2(2) + (2²−1)/log2(3) + (2¹−1)/log2(4) = 7 + 1.89279 + 0.5 = 9.39279.
const IDEAL = 7 + 3 / Math.log2(3) + 1 / 2;

describe('rang réciproque', () => {
  it('vaut l’inverse du rang du premier résultat de note ≥ 1', () => {
    expect(rangReciproque(['x', 'b', 'a'], J)).toBe(1 / 2); // b at rank 2
    expect(rangReciproque(['c', 'a'], J)).toBe(1); // c (grade 1) counts
    expect(rangReciproque(['x', 'y', 'z', 'c'], J)).toBe(1 / 4);
  });
  it('vaut 0 sans résultat pertinent, ou sans résultat du tout', () => {
    expect(rangReciproque(['x', 'y'], J)).toBe(0);
    expect(rangReciproque([], J)).toBe(0);
  });
});

describe('nDCG@10', () => {
  it('rapporte le DCG obtenu à celui du meilleur classement des pages jugées', () => {
    // x, b, a, y: DCG = 0 + 3/log2(3) + 7/log2(4) = 1.89279 + 3.5 = 5.39279; 5.39279 / 9.39279 = 0.57414.
    expect(ndcg(['x', 'b', 'a', 'y'], J)).toBeCloseTo(0.57414, 5);
    // c, x, y, z, w, a: DCG = 1/log2(2) + 7/log2(7) = 1 + 2.49345 = 3.49345; / 9.39279 = 0.37193.
    expect(ndcg(['c', 'x', 'y', 'z', 'w', 'a'], J)).toBeCloseTo(0.37193, 5);
    expect(ndcg(['a', 'b', 'c'], J)).toBeCloseTo(1, 10);
    expect(IDEAL).toBeCloseTo(9.39279, 5);
  });
  it('ne regarde que les dix premiers résultats', () => {
    const dix = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'];
    expect(ndcg([...dix, 'a'], { a: 3 })).toBe(0); // a at rank 11
    // a at rank 10: 7/log2(11) over an ideal of 7 = 1/3.45943 = 0.28906.
    expect(ndcg([...dix.slice(0, 9), 'a'], { a: 3 })).toBeCloseTo(0.28906, 5);
  });
  it('compte une page une seule fois, à son premier rang', () => {
    expect(ndcg(['a', 'a', 'a'], { a: 3, b: 3 })).toBeCloseTo(7 / (7 + 7 / Math.log2(3)), 10); // 7 / 11.41648 = 0.61315
    expect(ndcg(['x', 'a', 'a'], { a: 3 })).toBeCloseTo(1 / Math.log2(3), 10); // 0.63093
  });
  it('vaut 0 sans page jugée pertinente', () => {
    expect(ndcg(['a'], {})).toBe(0);
  });
});

describe('rappel@5', () => {
  it('compte les pages de note ≥ 2 trouvées parmi les cinq premiers', () => {
    expect(attendus(J).sort()).toEqual(['a', 'b']);
    expect(rappel(['x', 'b', 'a'], J)).toBe(1); // a and b in the first 5
    expect(rappel(['c', 'x', 'y', 'z', 'w', 'a'], J)).toBe(0); // a at rank 6, b absent: 0 of 2
    expect(rappel(['b', 'c'], J)).toBe(1 / 2);
  });
  it('se rabat sur les notes ≥ 1 quand aucune page n’a 2', () => {
    const faibles = { c: 1, d: 1 };
    expect(attendus(faibles).sort()).toEqual(['c', 'd']);
    expect(rappel(['d', 'x'], faibles)).toBe(1 / 2);
  });
  it('a un plafond sous 1 quand plus de cinq pages sont attendues', () => {
    const sept = Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => [id, 2]));
    expect(plafondRappel(sept)).toBe(5 / 7);
    expect(rappel(['a', 'b', 'c', 'd', 'e', 'f', 'g'], sept)).toBe(5 / 7);
    expect(plafondRappel(J)).toBe(1);
  });
});

describe('adresses des résultats', () => {
  it('donne l’identifiant de la page : slug, thematiques/<slug>, glossaire', () => {
    expect(idDepuisUrl('/pratiques/une-fiche-exemple/')).toBe('une-fiche-exemple');
    expect(idDepuisUrl('/pratiques-emergentes/pratiques/une-fiche-exemple/?surligner=femmes#evaluation')).toBe('une-fiche-exemple');
    expect(idDepuisUrl('/thematiques/aller-vers/')).toBe('thematiques/aller-vers');
    expect(idDepuisUrl('/glossaire/')).toBe('glossaire');
    expect(idDepuisUrl('/pratiques/')).toBe('/pratiques/');
    expect(idDepuisUrl('/a-propos/')).toBe('/a-propos/');
  });
});

describe('bilan d’un jeu de requêtes', () => {
  const requetes: RequeteJugee[] = [
    { requete: 'un', type: 'sujet', pertinents: J },
    { requete: 'deux', type: 'sujet', pertinents: { a: 3 } },
    { requete: 'trois', type: 'sigle', pertinents: { b: 2 } },
  ];
  const bilan = bilanPertinence(
    requetes,
    new Map([
      ['un', ['x', 'b', 'a']], // RR 1/2, rappel 1
      ['deux', ['a']], // RR 1, nDCG 1, rappel 1
      // 'trois' has no entry: no result at all
    ]),
  );
  it('fait la moyenne par type et sur l’ensemble', () => {
    expect(bilan.parType.sujet.requetes).toBe(2);
    expect(bilan.parType.sujet.mrr).toBe(0.75); // (1/2 + 1) / 2
    // un: (3/log2(3) + 7/log2(4)) / 9.39279 = (1.89279 + 3.5) / 9.39279 = 0.57414; deux: 1; mean 0.78707.
    expect(bilan.parType.sujet.ndcg10).toBeCloseTo(0.78707, 5);
    expect(bilan.parType.sujet.rappel5).toBe(1);
    expect(bilan.parType.sigle).toMatchObject({ requetes: 1, mrr: 0, ndcg10: 0, rappel5: 0, sansResultat: 1 });
    expect(bilan.global.mrr).toBe(0.5); // (1/2 + 1 + 0) / 3
    expect(bilan.global.rappel5).toBeCloseTo(2 / 3, 10);
    expect(bilan.parType.lieu).toMatchObject({ requetes: 0, mrr: 0 });
  });
  it('liste les requêtes sans aucun résultat et garde les cinq premiers', () => {
    expect(bilan.sansResultat).toEqual(['trois']);
    expect(bilan.requetes[0]).toMatchObject({ nombre: 3, premiers: ['x', 'b', 'a'] });
  });
});

describe('jeu de requêtes jugées', () => {
  const fiches = new Set(['f1', 'f2']);
  const pages = new Set([...fiches, 'thematiques/t', 'glossaire']);
  const valide = (): RequeteJugee[] =>
    TYPES_REQUETE.flatMap((type) =>
      Array.from({ length: MIN_PAR_TYPE }, (_, i) => ({ requete: `${type} ${i}`, type, pertinents: { f1: 3, 'thematiques/t': 1 } })),
    );
  it('accepte un jeu complet', () => {
    expect(problemesRequetes(valide(), pages, fiches)).toEqual([]);
  });
  it('signale pages inconnues, notes hors de 1 à 3, requête sans fiche, doublon, type trop peu fourni', () => {
    const r = valide();
    r[0]!.pertinents = { inconnue: 2 };
    r[1]!.pertinents = { f2: 4 };
    r[2]!.pertinents = { glossaire: 1 };
    r[3]!.requete = r[4]!.requete;
    const problemes = problemesRequetes(r.slice(0, -1), pages, fiches);
    expect(problemes).toEqual(
      expect.arrayContaining([
        expect.stringContaining('page inconnue « inconnue »'),
        expect.stringContaining('note 4'),
        expect.stringContaining('« sujet 2 » : aucune fiche pertinente'),
        expect.stringContaining('apparaît deux fois'),
        expect.stringContaining(`type « ${TYPES_REQUETE.at(-1)} »`),
      ]),
    );
  });
  it('le jeu du bench nomme des pages qui existent, chaque requête avec au moins une fiche', () => {
    expect(() => requetesJugees()).not.toThrow();
  });
  it('la section du bench nomme les requêtes sans résultat et les objectifs', () => {
    const requetes = requetesJugees();
    const section = sectionPertinence(requetes, { date: '2026-01-01', resultats: {} }).join('\n');
    expect(section).toContain('## Pertinence de la recherche');
    expect(section).toContain(`| **ensemble** | ${requetes.length} | 0.00 |`);
    expect(section).toContain('| aucune requête sans résultat | ' + `${requetes.length} sans résultat | ❌ |`);
    for (const q of requetes) expect(section).toContain(`« ${q.requete} »`);
  });
});
