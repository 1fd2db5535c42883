// The search facets: which sheet field feeds which Pagefind filter, with its French label.
// Used by the sheet page (to emit filters) and by the search page (to show them).
import type { Fiche } from '../schema/fiche.ts';
import {
  ECHELLES, ETATS, EVALUATIONS, NATURES, PARTICIPATIONS, PAYS, PUBLICS, THEMATIQUES, type Vocabulaire,
} from '../schema/vocabulaire.ts';
import { libelle } from './format.ts';
import { libelleDepartement, nomRegion, regionsDe } from './territoires.ts';

type FicheSansLiens = Omit<Fiche, 'fichesLiees'>;

export const FACETTES = [
  { cle: 'thematique', titre: 'Thématique', valeurs: THEMATIQUES },
  { cle: 'publics', titre: 'Publics', valeurs: PUBLICS },
  { cle: 'pays', titre: 'Pays', valeurs: PAYS },
  { cle: 'region', titre: 'Région' },
  { cle: 'departement', titre: 'Département' },
  { cle: 'etat', titre: 'État d’avancée', valeurs: ETATS },
  { cle: 'nature', titre: 'Nature', valeurs: NATURES },
  { cle: 'echelle', titre: 'Échelle', valeurs: ECHELLES },
  { cle: 'evaluation', titre: 'Évaluation', valeurs: EVALUATIONS },
  { cle: 'participation', titre: 'Participation des personnes', valeurs: PARTICIPATIONS },
] as const satisfies readonly { cle: string; titre: string; valeurs?: Vocabulaire }[];

export type CleFacette = (typeof FACETTES)[number]['cle'];

/** The filter values of one sheet. A sheet counts under its main theme and its associated ones. */
export function valeursFacettes(f: FicheSansLiens): Record<CleFacette, string[]> {
  return {
    thematique: [f.thematique, ...f.thematiquesAssociees],
    publics: f.publics,
    pays: f.territoire.pays,
    region: regionsDe(f.territoire.departements).map((r) => r.code),
    departement: f.territoire.departements,
    etat: [f.etat],
    nature: [f.nature],
    echelle: [f.territoire.echelle],
    evaluation: f.evaluation,
    participation: f.participation,
  };
}

/** Label of a facet value: from its vocabulary, or the département / région name. */
export function libelleValeur(cle: CleFacette, valeur: string): string {
  if (cle === 'departement') return libelleDepartement(valeur);
  if (cle === 'region') return nomRegion(valeur) ?? valeur;
  const f = FACETTES.find((x) => x.cle === cle);
  return f && 'valeurs' in f ? libelle(f.valeurs, valeur) : valeur;
}

/**
 * The options each facet offers: the values present in the catalogue, in vocabulary order
 * (départements by code, régions by name), with their labels.
 */
export function optionsFacettes(fiches: readonly FicheSansLiens[]): { cle: CleFacette; titre: string; options: { valeur: string; libelle: string }[] }[] {
  const alpha = new Intl.Collator('fr');
  return FACETTES.map((f) => {
    const presentes = new Set(fiches.flatMap((x) => valeursFacettes(x)[f.cle]));
    const ordre = 'valeurs' in f ? Object.keys(f.valeurs).filter((v) => presentes.has(v)) : [...presentes].sort();
    const options = ordre.map((valeur) => ({ valeur, libelle: libelleValeur(f.cle, valeur) }));
    if (f.cle === 'region') options.sort((a, b) => alpha.compare(a.libelle, b.libelle));
    return { cle: f.cle, titre: f.titre, options };
  });
}
