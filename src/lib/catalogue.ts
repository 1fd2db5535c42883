// Ordering and grouping of sheets for listings (pure: takes plain data, returns plain data).
import type { Fiche } from '../schema/fiche.ts';

type Entree = { id: string; data: Pick<Fiche, 'titre' | 'annee' | 'miseAJour' | 'thematique' | 'thematiquesAssociees'> };

const alpha = new Intl.Collator('fr', { sensitivity: 'base' });

/** Alphabetical by title, French collation (É sorts with E). */
export const parTitre = <T extends Entree>(fiches: readonly T[]) => [...fiches].sort((a, b) => alpha.compare(a.data.titre, b.data.titre));

/** Most recently reviewed first, then by title. */
export const plusRecentes = <T extends Entree>(fiches: readonly T[]) =>
  [...fiches].sort((a, b) => b.data.miseAJour.localeCompare(a.data.miseAJour) || alpha.compare(a.data.titre, b.data.titre));

/** Sheets whose main theme is `thematique`, then those only associated with it. */
export function deLaThematique<T extends Entree>(fiches: readonly T[], thematique: string) {
  return {
    principales: parTitre(fiches.filter((f) => f.data.thematique === thematique)),
    associees: parTitre(fiches.filter((f) => f.data.thematiquesAssociees.includes(thematique as Fiche['thematique']))),
  };
}

type Situee = { data: { territoire: Pick<Fiche['territoire'], 'pays' | 'departements'> } };

/** Sheets led in a country. */
export const duPays = <T extends Situee>(fiches: readonly T[], pays: string) =>
  fiches.filter((f) => f.data.territoire.pays.includes(pays as never));

/** Sheets led in a département (its INSEE code). */
export const duDepartement = <T extends Situee>(fiches: readonly T[], code: string) =>
  fiches.filter((f) => f.data.territoire.departements.includes(code));
