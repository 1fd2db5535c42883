// The names a reader may type for where a sheet's practice takes place: the régions of its
// départements and their chefs-lieux (« Lille » for the Nord), from Etalab's découpage administratif.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import departements from '@etalab/decoupage-administratif/data/departements.json' with { type: 'json' };
import { departement } from './territoires.ts';

// The communes file is large (8 MB): read once, at build time only, for the chefs-lieux' names.
const chefsLieux = (() => {
  const codes = new Map(departements.map((d) => [d.chefLieu, d.code]));
  const communes = JSON.parse(
    readFileSync(createRequire(import.meta.url).resolve('@etalab/decoupage-administratif/data/communes.json'), 'utf8'),
  ) as { code: string; nom: string; type: string }[];
  const noms = new Map<string, string>();
  for (const c of communes) if (c.type === 'commune-actuelle' && codes.has(c.code)) noms.set(codes.get(c.code)!, c.nom);
  return noms;
})();

/** The régions and chefs-lieux of some départements, each once. */
export const lieuxDe = (codes: readonly string[]): string[] => [
  ...new Set(codes.flatMap((c) => [departement(c)?.region.nom, chefsLieux.get(c)].filter((n): n is string => !!n))),
];
