// Evidence at a glance: a sheet's level of evidence, derived from its evaluation and its state of
// progress by the rules of the vocabulary (documented on /a-propos/#niveau-de-preuve).
import { champsDe } from '../schema/champs.ts';
import { pratiqueApi, type Fiche } from '../schema/fiche.ts';
import { NIVEAUX_PREUVE, PLAFONDS_PREUVE, PREUVE_PAR_EVALUATION } from '../schema/vocabulaire.ts';

export type NiveauPreuve = keyof typeof NIVEAUX_PREUVE;
type Evaluation = Fiche['evaluation'][number];
type Etat = Fiche['etat'];

/** The derived field in the registry: its label (« Niveau de preuve ») and help. */
export const CHAMP_PREUVE = champsDe(pratiqueApi).find((c) => c.cle === 'niveauPreuve')!;

/** Its search facet's key, short in addresses: /parcourir/preuve/evaluee/, ?preuve=evaluee. */
export const CLE_PREUVE = 'preuve';

const ORDRE = Object.keys(NIVEAUX_PREUVE) as NiveauPreuve[];
const rang = (n: NiveauPreuve) => ORDRE.indexOf(n);

/**
 * The level of a sheet and the reason of the rule that sets it: the highest level its evaluations give
 * (the first of them that gives it), lowered to the ceiling of its state of progress, if any.
 */
export function preuveDe(f: { evaluation: readonly Evaluation[]; etat: Etat }): { niveau: NiveauPreuve; raison: string } {
  const [premiere = PREUVE_PAR_EVALUATION['non-renseignee'], ...autres] = f.evaluation.map((e) => PREUVE_PAR_EVALUATION[e]);
  const haute = autres.reduce((a, b) => (rang(b.niveau) > rang(a.niveau) ? b : a), premiere);
  const plafond = PLAFONDS_PREUVE[f.etat];
  return plafond && rang(plafond.niveau) < rang(haute.niveau) ? plafond : haute;
}

export const niveauPreuve = (f: Parameters<typeof preuveDe>[0]): NiveauPreuve => preuveDe(f).niveau;

/** Its rank from 1 (described) to 4 (studied by research), for a gauge. */
export const rangPreuve = (n: NiveauPreuve) => rang(n) + 1;

/** How many levels there are. */
export const NOMBRE_NIVEAUX = ORDRE.length;

/** The rules as /a-propos/ tables them: each evaluation from the lowest level it gives, then each state's ceiling. */
export const REGLES_PREUVE = {
  evaluations: (Object.entries(PREUVE_PAR_EVALUATION) as [Evaluation, { niveau: NiveauPreuve; raison: string }][])
    .map(([evaluation, r]) => ({ evaluation, ...r }))
    .sort((a, b) => rang(a.niveau) - rang(b.niveau)),
  plafonds: (Object.entries(PLAFONDS_PREUVE) as [Etat, { niveau: NiveauPreuve; raison: string }][]).map(([etat, r]) => ({ etat, ...r })),
};
