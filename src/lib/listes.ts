// Where a facet value leads: its static listing page, which works without JavaScript (a page of its
// own for themes, publics and territories, a page under parcourir/ for the other facets). Paths are
// relative to the site base.
import { slugify } from './slug.ts';
import { cheminDepartement, cheminPays } from './territoires.ts';

const LISTES: Record<string, (valeur: string) => string> = {
  thematique: (v) => `thematiques/${v}/`,
  publics: (v) => `publics/${v}/`,
  pays: cheminPays,
  departement: cheminDepartement,
};

/** Whether a facet's values have listing pages of their own (the others are listed under parcourir/). */
export const aSaListe = (cle: string) => cle in LISTES;

/** The listing of a facet value: its own page, or parcourir/<facet>/<value>/. */
export const cheminValeur = (cle: string, valeur: string): string => LISTES[cle]?.(valeur) ?? `parcourir/${cle}/${slugify(valeur)}/`;
