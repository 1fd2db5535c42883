// One page of each type of the built site, chosen in the catalogue by property: the pages the
// accessibility and security tests load in Chromium.
import { PAYS, PUBLICS, THEMATIQUES } from '../../src/schema/vocabulaire.ts';
import { ficheOu, REPERE, slugsOu, thematiques } from './catalogue.ts';

const avecDepartements = ficheOu('des départements', (f) => f.data.territoire.departements.length > 0);
const horsDepartements = ficheOu('aucun département', (f) => f.data.territoire.departements.length === 0);
const avecLiees = ficheOu('des fiches liées', (f) => f.data.fichesLiees.length > 0);
const premier = <T extends string>(valeurs: readonly T[], propriete: string, garder: (v: T) => boolean) => {
  const v = valeurs.find(garder);
  if (!v) throw new Error(`aucune valeur n’a cette propriété : ${propriete}`);
  return v;
};
const publicListe = premier(
  Object.keys(PUBLICS),
  'un public qui a des fiches',
  (p) => slugsOu((d) => d.publics.includes(p as never)).length > 0,
);
// A country page other than France's, if the catalogue has one, shows a country without départements.
const pays = Object.keys(PAYS).filter((p) => slugsOu((d) => d.territoire.pays.includes(p as never)).length > 0);
const paysListe = pays.find((p) => p !== 'France') ?? pays[0]!;

export const TYPES_DE_PAGE = [
  '',
  'pratiques/',
  `pratiques/${avecDepartements.id}/`,
  `pratiques/${horsDepartements.id}/`,
  'thematiques/',
  `thematiques/${premier(
    thematiques.map((t) => t.id),
    'une thématique du vocabulaire',
    (t) => t in THEMATIQUES,
  )}/`,
  'recherche/',
  `recherche/?q=${encodeURIComponent(REPERE.mot)}&pays=${REPERE.fiche.data.territoire.pays[0]}`,
  'glossaire/',
  'a-propos/',
  'contribuer/',
  'publics/',
  `publics/${publicListe}/`,
  'territoires/',
  `territoires/${paysListe.toLowerCase()}/`,
  `territoires/france/${avecDepartements.data.territoire.departements[0]!.toLowerCase()}/`,
  'chronologie/',
  `selection/?fiches=${avecLiees.id},${avecLiees.data.fichesLiees[0]!.id}`,
  `comparer/?fiches=${avecLiees.id},${avecLiees.data.fichesLiees[0]!.id}`,
  'hors-ligne/',
  'nexiste-pas/',
];

/** Pages whose script does more with the data: highlighting on arrival, search with every kind of filter. */
export const PAGES_ANIMEES = [
  `pratiques/${REPERE.fiche.id}/?surligner=${encodeURIComponent(REPERE.mot)}`,
  `recherche/?q=${encodeURIComponent(REPERE.mot)}&thematique=${REPERE.fiche.data.thematique}&annee-min=${REPERE.fiche.data.annee}`,
];
