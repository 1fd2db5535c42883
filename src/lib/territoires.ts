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

export interface RegionAvecFiches {
  code: string;
  nom: string;
  /** Sheets with at least one of its départements. */
  n: number;
  /** Its départements that have sheets, by code, each with its number of sheets. */
  departements: (Departement & { n: number })[];
}

/** The régions that have sheets, in French order of their names, each with its départements that have some. */
export function regionsAvecFiches(fiches: readonly { id: string; departements: readonly string[] }[]): RegionAvecFiches[] {
  const parDepartement = new Map<string, Set<string>>();
  for (const f of fiches)
    for (const code of f.departements) if (departement(code)) parDepartement.set(code, (parDepartement.get(code) ?? new Set()).add(f.id));
  const regions = new Map<string, { nom: string; fiches: Set<string>; departements: (Departement & { n: number })[] }>();
  for (const [code, ids] of [...parDepartement].sort(([a], [b]) => a.localeCompare(b))) {
    const d = departement(code)!;
    const r = regions.get(d.region.code) ?? { nom: d.region.nom, fiches: new Set<string>(), departements: [] };
    for (const id of ids) r.fiches.add(id);
    r.departements.push({ ...d, n: ids.size });
    regions.set(d.region.code, r);
  }
  return [...regions]
    .map(([code, r]) => ({ code, nom: r.nom, n: r.fiches.size, departements: r.departements }))
    .sort((a, b) => a.nom.localeCompare(b.nom, 'fr'));
}
