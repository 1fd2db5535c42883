// The level of evidence: every state of progress with every evaluation, alone or combined.
import { describe, expect, it } from 'vitest';
import { niveauPreuve, preuveDe, REGLES_PREUVE } from '../../src/lib/preuve.ts';
import { fiche } from '../../src/schema/fiche.ts';
import { ETATS, EVALUATIONS, NIVEAUX_PREUVE, PLAFONDS_PREUVE, PREUVE_PAR_EVALUATION } from '../../src/schema/vocabulaire.ts';
import { frontmatterValide } from '../support/fiche-type.ts';

type Evaluation = keyof typeof EVALUATIONS;
type Etat = keyof typeof ETATS;

// The specification, written out: the level of each evaluation alone, in a state that sets no ceiling…
const SEULE: Record<Evaluation, keyof typeof NIVEAUX_PREUVE> = {
  'non-renseignee': 'decrite',
  aucune: 'decrite',
  prevue: 'decrite',
  'indicateurs-activite': 'documentee',
  interne: 'documentee',
  externe: 'evaluee',
  'co-construite': 'evaluee',
  recherche: 'evaluee-recherche',
};
// …and in emergence, where nothing is known beyond « documentée » yet.
const EN_EMERGENCE: Record<Evaluation, keyof typeof NIVEAUX_PREUVE> = {
  ...SEULE,
  externe: 'documentee',
  'co-construite': 'documentee',
  recherche: 'documentee',
};

const etats = Object.keys(ETATS) as Etat[];
const evaluations = Object.keys(EVALUATIONS) as Evaluation[];
const ordre = Object.keys(NIVEAUX_PREUVE);
const attendu = (etat: Etat, e: Evaluation) => (etat === 'emergence' ? EN_EMERGENCE : SEULE)[e];

/** Every list of evaluations a sheet may declare: any non-empty set, « non-renseignee » and « aucune » alone. */
const combinaisons: Evaluation[][] = [];
for (let masque = 1; masque < 1 << evaluations.length; masque++) {
  const liste = evaluations.filter((_, i) => masque & (1 << i));
  if (liste.length === 1 || !liste.some((e) => e === 'non-renseignee' || e === 'aucune')) combinaisons.push(liste);
}

describe('le niveau de preuve', () => {
  it.each(etats.flatMap((etat) => evaluations.map((e) => [etat, e] as const)))('en %s, avec une évaluation %s', (etat, e) => {
    expect(niveauPreuve({ etat, evaluation: [e] })).toBe(attendu(etat, e));
  });

  it('prend, pour plusieurs évaluations, la plus haute, puis le plafond de l’état, quel que soit leur ordre', () => {
    expect(combinaisons).toHaveLength(2 + (1 << (evaluations.length - 2)) - 1);
    for (const etat of etats)
      for (const liste of combinaisons) {
        const haut = ordre[Math.max(...liste.map((e) => ordre.indexOf(attendu(etat, e))))];
        expect(niveauPreuve({ etat, evaluation: liste }), `${etat} ${liste.join(',')}`).toBe(haut);
        expect(niveauPreuve({ etat, evaluation: liste.toReversed() })).toBe(haut);
      }
  });

  it('donne la raison de la règle qui fixe le niveau : l’évaluation la plus haute, ou le plafond qui l’abaisse', () => {
    expect(preuveDe({ etat: 'extension', evaluation: ['aucune'] }).raison).toBe(PREUVE_PAR_EVALUATION.aucune.raison);
    expect(preuveDe({ etat: 'extension', evaluation: ['interne', 'recherche', 'prevue'] }).raison).toBe(
      PREUVE_PAR_EVALUATION.recherche.raison,
    );
    expect(preuveDe({ etat: 'emergence', evaluation: ['externe'] }).raison).toBe(PLAFONDS_PREUVE.emergence!.raison);
    expect(preuveDe({ etat: 'emergence', evaluation: ['interne'] }).raison).toBe(PREUVE_PAR_EVALUATION.interne.raison);
  });

  it('se lit sur une fiche telle que le schéma la lit', () => {
    expect(niveauPreuve(fiche.parse({ ...frontmatterValide(), etat: 'perennisee', evaluation: ['externe', 'interne'] }))).toBe('evaluee');
  });

  it('tabule chaque règle une fois, de la plus basse à la plus haute, chacune avec sa raison', () => {
    expect(REGLES_PREUVE.evaluations.map((r) => r.evaluation).sort()).toEqual([...evaluations].sort());
    const rangs = REGLES_PREUVE.evaluations.map((r) => ordre.indexOf(r.niveau));
    expect(rangs).toEqual(rangs.toSorted((a, b) => a - b));
    expect(REGLES_PREUVE.plafonds.map((r) => r.etat)).toEqual(Object.keys(PLAFONDS_PREUVE));
    for (const r of [...REGLES_PREUVE.evaluations, ...REGLES_PREUVE.plafonds]) expect(r.raison.length).toBeGreaterThan(20);
  });
});
