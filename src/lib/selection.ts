// « Ma sélection »: sheets a trainer gathers for a course, kept in the browser (no account, no server).
// Here what every page needs, to read it and add a sheet; what only the selection's own page does with
// it (reorder, share by address, export) is in ./selection-page.ts, so that a sheet's scripts stay small.
import { SLUG } from './slug.ts';

export const CLE_STOCKAGE = 'pratiques-emergentes:selection';

type Stockage = Pick<Storage, 'getItem' | 'setItem'>;

export function lireSelection(stockage: Stockage): string[] {
  try {
    const v: unknown = JSON.parse(stockage.getItem(CLE_STOCKAGE) ?? '[]');
    return Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && SLUG.test(s)) : [];
  } catch {
    return [];
  }
}

export const ecrireSelection = (stockage: Stockage, slugs: readonly string[]) =>
  stockage.setItem(CLE_STOCKAGE, JSON.stringify([...new Set(slugs)]));

/** The event, on `document`, that tells a page's elements the selection changed. */
export const CHANGEMENT_SELECTION = 'selection-changee';

/** Adds or removes a sheet; returns whether it is now selected. */
export function basculer(stockage: Stockage, slug: string): boolean {
  const liste = lireSelection(stockage);
  const present = liste.includes(slug);
  ecrireSelection(stockage, present ? liste.filter((s) => s !== slug) : [...liste, slug]);
  return !present;
}
