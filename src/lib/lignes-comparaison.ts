// The rows of « Comparer des fiches », from the field registry: each field's label, its values' labels
// and what it says when empty. Read at build time (Comparaison.astro), so that the page's script does
// without the schema.
import { tousLesChamps } from '../schema/champs.ts';
import { pratiqueApi } from '../schema/fiche.ts';
import type { Ligne } from './comparaison.ts';

const CHAMPS = tousLesChamps(pratiqueApi);

function ligne(chemin: string, libelle?: string): Ligne {
  const c = CHAMPS.find((x) => x.chemin === chemin);
  return { chemin, libelle: libelle ?? c?.libelle ?? chemin, vocabulaire: c?.vocabulaire, vide: c?.vide };
}

export const LIGNES_COMPARAISON: readonly Ligne[] = [
  ligne('thematique'),
  ligne('territoire.libelle'),
  ligne('territoire.pays'),
  ligne('annee'),
  ligne('porteurs'),
  ligne('publics'),
  ligne('etat'),
  ligne('niveauPreuve'),
  ligne('participation'),
  ligne('evaluation'),
  ligne('sections', 'Sections de la fiche'),
];
