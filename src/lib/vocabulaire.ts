// The words of the search index (written with it, pagefind/vocabulaire.json) and the nearest known
// words to a misspelt one: « aidence » → « aidance », « dagir » → « d’agir ».
import { distance } from 'fastest-levenshtein';
import { sansAccents } from './format.ts';

/** Each known word with the number of pages that use it, most used first; words are lowercase, accents kept. */
export interface Vocabulaire {
  mots: [mot: string, pages: number][];
}

/** Words of a text as a reader types them, lowercase: letters and digits, elisions and compounds kept whole (« d'agir », « aller-vers »). */
export const motsDe = (texte: string) =>
  (texte.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).map((m) => m.replace(/’/g, "'"));

/** A word and, for a compound, its parts: « aller-vers », « aller », « vers ». */
const etParties = (mot: string) => (mot.includes('-') ? [mot, ...mot.split('-')] : [mot]);

/** Lowercase, no accents, straight apostrophe: how words are compared. */
export const plier = (mot: string) => sansAccents(mot).toLowerCase().replace(/’/g, "'");

/** Shortest word worth knowing or correcting. */
const LONGUEUR_MIN = 3;

/** Words kept at most: the search page loads them all once, and a large catalogue's rarest words are seldom the ones meant. */
export const MAX_MOTS = 20_000;

/** The vocabulary of some pages' texts: words of at least three letters, not numbers, by number of pages, the `max` most used. */
export function vocabulaireDe(textes: Iterable<string>, max = MAX_MOTS): Vocabulaire {
  const pages = new Map<string, number>();
  for (const t of textes)
    for (const m of new Set(motsDe(t).flatMap(etParties)))
      if (m.length >= LONGUEUR_MIN && !/^\d+$/.test(m)) pages.set(m, (pages.get(m) ?? 0) + 1);
  return { mots: [...pages].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'fr')).slice(0, max) };
}

const plies = new WeakMap<Vocabulaire, string[]>();
/** The folded words of a vocabulary, computed once. */
function pliesDe(v: Vocabulaire): string[] {
  if (!plies.has(v))
    plies.set(
      v,
      v.mots.map(([m]) => plier(m)),
    );
  return plies.get(v)!;
}

/** Without apostrophes and hyphens: « d'agir » and « dagir » differ only by them. */
const compact = (mot: string) => mot.replace(/['-]/g, '');

/** Edits between two folded words; a missing or extra apostrophe or hyphen alone counts half. */
function ecart(a: string, b: string, max: number): number {
  const [x, y] = [compact(a), compact(b)];
  if (Math.abs(x.length - y.length) > max) return max + 1; // cheap: most words are far in length alone
  const d = distance(x, y);
  return d === 0 && a !== b ? 0.5 : d;
}

/** Edits allowed for a word of this length (two letters swapped count two): one up to five letters, two beyond. */
const tolerance = (longueur: number) => (longueur <= 5 ? 1 : 2);

/** Whether two words differ only in their last two letters: the same word to Pagefind's French stemmer (« nuits », « nuit »). */
const flexion = (a: string, b: string) => {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i >= Math.min(a.length, b.length) - 2;
};

/**
 * What `mot` may have been meant as: nothing when the vocabulary knows it, or an inflection of it (or,
 * for the word being typed, a known word starts with it); otherwise the nearest known words within one
 * or two edits, accents and case aside, a missing apostrophe or hyphen counting half an edit, the
 * nearest and most used first.
 */
export function suggestions(mot: string, vocabulaire: Vocabulaire, { max = 3, enCours = false } = {}): string[] {
  const cle = plier(mot);
  if (cle.length < LONGUEUR_MIN || /^\d+$/.test(cle)) return [];
  const connus = pliesDe(vocabulaire);
  if (connus.some((p) => p === cle || (enCours && p.startsWith(cle)))) return [];
  const seuil = tolerance(cle.length);
  const proches: { mot: string; d: number; pages: number }[] = [];
  for (const [i, [m, pages]] of vocabulaire.mots.entries()) {
    const d = ecart(cle, connus[i]!, seuil);
    if (d > seuil) continue;
    if (d <= 1 && flexion(cle, connus[i]!)) return [];
    proches.push({ mot: m, d, pages });
  }
  proches.sort((a, b) => a.d - b.d || b.pages - a.pages);
  return [...new Set(proches.map((p) => p.mot))].slice(0, max);
}
