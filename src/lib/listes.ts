// Where a facet value leads: its static listing page when the site has one (these work without
// JavaScript), otherwise the search filtered on it. Paths are relative to the site base.
import { cheminDepartement, cheminPays } from './territoires.ts';

const LISTES: Record<string, (valeur: string) => string> = {
  thematique: (v) => `thematiques/${v}/`,
  publics: (v) => `publics/${v}/`,
  pays: cheminPays,
  departement: cheminDepartement,
};

export const cheminValeur = (cle: string, valeur: string): string =>
  LISTES[cle]?.(valeur) ?? `recherche/?${new URLSearchParams({ [cle]: valeur })}`;
