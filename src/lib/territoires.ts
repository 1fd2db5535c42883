// Départements and régions by their official codes (Etalab's découpage administratif),
// and the listing paths of each territory.
import departements from '@etalab/decoupage-administratif/data/departements.json' with { type: 'json' };
import regions from '@etalab/decoupage-administratif/data/regions.json' with { type: 'json' };
import { slugify } from './slug.ts';

export interface Departement {
  code: string;
  nom: string;
  region: { code: string; nom: string };
}

const REGIONS = new Map(regions.map((r) => [r.code, r.nom]));
const DEPARTEMENTS = new Map<string, Departement>(
  departements.map((d) => [d.code, { code: d.code, nom: d.nom, region: { code: d.region, nom: REGIONS.get(d.region) ?? d.nom } }]),
);

/** The département of an INSEE code, with its région; undefined for an unknown code. */
export const departement = (code: string): Departement | undefined => DEPARTEMENTS.get(code);

/** Name of a région by its code. */
export const nomRegion = (code: string) => REGIONS.get(code);

/** « 07 – Ardèche » */
export const libelleDepartement = (code: string) => `${code} – ${departement(code)?.nom ?? code}`;

/** The distinct régions of some départements, by code. */
export function regionsDe(codes: readonly string[]): { code: string; nom: string }[] {
  const vues = new Map<string, string>();
  for (const c of codes) {
    const r = departement(c)?.region;
    if (r) vues.set(r.code, r.nom);
  }
  return [...vues].map(([code, nom]) => ({ code, nom }));
}

/** Listing paths, relative to the site base. */
export const cheminPays = (pays: string) => `territoires/${slugify(pays)}/`;
export const cheminDepartement = (code: string) => `territoires/france/${code.toLowerCase()}/`;
