// Finds known acronyms in a text, so each can be explained where it first appears, and names the
// glossary entry that explains it.
import type { Sigle } from '../schema/fiche.ts';
import { slugify } from './slug.ts';
import { sansAccents } from './format.ts';

/** `sigle`: the form found in the text; `titre`: its expansion; `ancre`: its entry's anchor on /glossaire/. */
export type Morceau = string | { sigle: string; titre: string; ancre: string };

/** The anchor of an acronym's entry on the glossary page: « A.P.P » → « a-p-p ». */
export const ancreSigle = (sigle: string) => slugify(sigle);

/** The first letter an acronym is filed under in the glossary's A–Z index: « Œuvre » under O, « Énergie » under E. */
export const lettreSigle = (sigle: string) => slugify(sigle).charAt(0).toUpperCase();

const echapper = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Glossaire = readonly Pick<Sigle, 'sigle' | 'variantes' | 'developpe'>[];

/** One matcher per glossary read: the verifier checks thousands of summaries against the same one. */
const reperages = new WeakMap<Glossaire, ReturnType<typeof nouveauReperage>>();

/** A matcher for every written form of the glossary's acronyms, longest first ("DPA-PC" before "DPA"). */
export function creerReperage(sigles: Glossaire) {
  let r = reperages.get(sigles);
  if (!r) reperages.set(sigles, (r = nouveauReperage(sigles)));
  return r;
}

function nouveauReperage(sigles: Glossaire) {
  const entrees = new Map<string, { titre: string; ancre: string }>();
  for (const s of sigles)
    for (const forme of [s.sigle, ...s.variantes]) entrees.set(forme, { titre: s.developpe, ancre: ancreSigle(s.sigle) });
  const formes = [...entrees.keys()].sort((a, b) => b.length - a.length).map(echapper);
  // Case-sensitive, and not glued to letters, digits or a hyphen: "DPA" is not found in "DPA-PC" or "ADPA".
  const motif = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${formes.join('|')})(?![\\p{L}\\p{N}]|-\\p{L})`, 'gu');

  /** Splits `texte` around acronyms not yet in `vus` (which it updates): only first occurrences are marked. */
  return function decouper(texte: string, vus: Set<string>): Morceau[] {
    if (!formes.length) return [texte];
    const morceaux: Morceau[] = [];
    let fin = 0;
    for (const m of texte.matchAll(motif)) {
      const { titre, ancre } = entrees.get(m[0])!;
      if (vus.has(titre)) continue;
      vus.add(titre);
      if (m.index > fin) morceaux.push(texte.slice(fin, m.index));
      morceaux.push({ sigle: m[0], titre, ancre });
      fin = m.index + m[0].length;
    }
    if (fin < texte.length) morceaux.push(texte.slice(fin));
    return morceaux;
  };
}

const ALPHABET = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

/**
 * The glossary's A–Z index, from its acronyms in the page's order: every letter, with the anchor of
 * the first acronym filed under it, or none. A first character outside A–Z gets its own entry, at the end.
 */
export function indexAlphabetique(sigles: readonly string[]): { lettre: string; ancre?: string }[] {
  const premiers = new Map<string, string>();
  for (const s of sigles) if (!premiers.has(lettreSigle(s))) premiers.set(lettreSigle(s), ancreSigle(s));
  const lettres = [...ALPHABET, ...[...premiers.keys()].filter((l) => !ALPHABET.includes(l))];
  return lettres.map((lettre) => (premiers.has(lettre) ? { lettre, ancre: premiers.get(lettre)! } : { lettre }));
}

/** Letters and digits only, lowercase, without accents: how a reader's query is compared to the glossary. */
const plier = (s: string) =>
  sansAccents(s)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** The glossary entry a query names: its acronym, one of its written forms, or its expansion. */
export function entreePour<T extends Pick<Sigle, 'sigle' | 'variantes' | 'developpe'>>(
  requete: string,
  sigles: readonly T[],
): T | undefined {
  const q = plier(requete);
  if (!q) return undefined;
  return sigles.find((s) => [s.sigle, ...s.variantes, s.developpe].some((f) => plier(f) === q));
}
