// The sources' index of practices (tests/fixtures/index-pratiques.json, an extract of
// shared/domain/fiches.json): for each practice, the facts the sources give, and `source`, how a
// sheet's source is recognised as the document that describes it, e.g.
//   { "id": "1A", "source": { "auteur": "Haut Conseil du travail social (HCTS)", "reference": "fiche n°1A" },
//     "year_started": 2014, "year_text": "2014", "country": ["France"], "department_codes": ["07"], … }
// A source is recognised when each field given in `source` is found, as whole words, in the same field
// of the source (« fiche n°1A » is in « fiche n°1A, p. 35 », not in « fiche n°1AB »), apostrophes and
// spaces aside. A sheet describes the practice of its MAIN source, the first one, the one its citation
// names (« d’après … »): its other sources may mention other practices.
import { readFileSync } from 'node:fs';

export interface SourceReconnue {
  titre?: string;
  auteur?: string;
  reference?: string;
}
export interface PratiqueIndex {
  id: string;
  title: string;
  source: SourceReconnue;
  year_started: number | null;
  year_text: string;
  country: string[];
  department_codes: string[];
}
type Source = { titre: string; auteur: string; reference?: string | undefined };

export const INDEX: readonly PratiqueIndex[] = JSON.parse(
  readFileSync(new URL('../fixtures/index-pratiques.json', import.meta.url), 'utf8'),
);

const normaliser = (s: string) => s.normalize('NFC').replace(/[’‘ʼ]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
const echapper = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whether `texte` holds `extrait` as whole words. */
export const contient = (texte: string, extrait: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${echapper(normaliser(extrait))}(?![\\p{L}\\p{N}])`, 'u').test(normaliser(texte));

/** Whether `source` is the document the index gives for practice `p`. */
export const reconnait = (p: PratiqueIndex, source: Source) =>
  Object.entries(p.source).every(([champ, extrait]) => contient(source[champ as keyof Source] ?? '', extrait!));

/** The practices of the index that a sheet with these sources describes (by its main source). */
export const pratiquesDecrites = (sources: readonly Source[]) => (sources[0] ? INDEX.filter((p) => reconnait(p, sources[0]!)) : []);
