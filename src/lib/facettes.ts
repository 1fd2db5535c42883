// The search facets: which sheet field feeds which Pagefind filter, with its French label.
// Used by the sheet page (to emit filters) and by the search page (to show them).
import type { Fiche } from '../schema/fiche.ts';
import {
  ECHELLES, ETATS, EVALUATIONS, NATURES, PARTICIPATIONS, PAYS, PUBLICS, THEMATIQUES,
} from '../schema/vocabulaire.ts';

export const FACETTES = [
  { cle: 'thematique', titre: 'Thématique', valeurs: THEMATIQUES },
  { cle: 'publics', titre: 'Publics', valeurs: PUBLICS },
  { cle: 'pays', titre: 'Pays', valeurs: PAYS },
  { cle: 'etat', titre: 'État d’avancée', valeurs: ETATS },
  { cle: 'nature', titre: 'Nature', valeurs: NATURES },
  { cle: 'echelle', titre: 'Échelle', valeurs: ECHELLES },
  { cle: 'evaluation', titre: 'Évaluation', valeurs: EVALUATIONS },
  { cle: 'participation', titre: 'Participation des personnes', valeurs: PARTICIPATIONS },
] as const;

export type CleFacette = (typeof FACETTES)[number]['cle'];

/** The filter values of one sheet. A sheet counts under its main theme and its associated ones. */
export function valeursFacettes(f: Omit<Fiche, 'fichesLiees'>): Record<CleFacette, string[]> {
  return {
    thematique: [f.thematique, ...f.thematiquesAssociees],
    publics: f.publics,
    pays: f.territoire.pays,
    etat: [f.etat],
    nature: [f.nature],
    echelle: [f.territoire.echelle],
    evaluation: f.evaluation,
    participation: f.participation,
  };
}
