// The rules of the easy-to-read summary (« En facile à lire »): how many sentences, how many words a
// sentence, and which acronyms it leaves unexplained. The schema and the verifier both read them here.
import type { Sigle } from '../schema/fiche.ts';
import { creerReperage } from './sigles.ts';
import { sansAccents } from './format.ts';

export const PHRASES_MIN = 4;
export const PHRASES_MAX = 8;
export const MOTS_MAX = 15;

/**
 * The words of a sentence, as a reader counts them: what stands between spaces and holds a letter or a
 * digit. « l’enfant », « au-delà » and « 2019 » are one word each, « 1 000 » too; « : » or « – » none.
 */
export const motsDe = (phrase: string): string[] =>
  phrase
    .replace(/(\d)[\s\u00a0\u202f](?=\d{3}\b)/g, '$1')
    .split(/[\s\u00a0\u202f]+/)
    .filter((m) => /[\p{L}\p{N}]/u.test(m));

export const compterMots = (phrase: string) => motsDe(phrase).length;

/** Lowercase, without accents, one kind of apostrophe, single spaces: how an expansion is looked for. */
const plier = (s: string) => sansAccents(s).toLowerCase().replace(/['’]/g, '’').replace(/\s+/g, ' ');

/** An expansion as a reader may write it: without its gloss in brackets (« Family Group Conference »). */
const formesDeveloppees = (developpe: string) =>
  [developpe, developpe.replace(/\s*\([^)]*\)/g, '')].map((f) => plier(f).trim()).filter(Boolean);

// Linking words a spelt-out acronym skips: « Caisse d’allocations familiales » is CAF.
const LIAISONS = new Set(['a', 'au', 'aux', 'd', 'de', 'des', 'du', 'en', 'et', 'l', 'la', 'le', 'les', 'pour', 'sur', 'of', 'the', 'and']);
const initiales = (texte: string) =>
  plier(texte)
    .split(/[^a-z0-9]+/)
    .filter((m) => m && !LIAISONS.has(m))
    .map((m) => m[0])
    .join('');

export interface SigleInexplique {
  /** The sentence it appears in (from 0). */
  phrase: number;
  sigle: string;
  /** Its expansion, when the glossary knows it. */
  developpe?: string;
}

/**
 * The acronyms of a summary that it does not spell out: a glossary acronym whose expansion the summary
 * never writes, and any other word of two capitals or more whose letters no run of the summary's words
 * begins with. Each is named once, at the first sentence that holds it.
 */
export function siglesInexpliques(phrases: readonly string[], glossaire: readonly Sigle[]): SigleInexplique[] {
  const tout = plier(phrases.join(' '));
  const debuts = initiales(tout);
  const decouper = creerReperage(glossaire);
  const vus = new Set<string>();
  const trouves: SigleInexplique[] = [];
  phrases.forEach((p, phrase) => {
    const morceaux = decouper(p, new Set());
    for (const m of morceaux) {
      if (typeof m === 'string') {
        for (const [sigle] of m.matchAll(/(?<![\p{L}\p{N}])\p{Lu}{2,}(?![\p{L}\p{N}])/gu)) {
          if (vus.has(sigle) || debuts.includes(plier(sigle))) continue;
          vus.add(sigle);
          trouves.push({ phrase, sigle });
        }
      } else if (!vus.has(m.titre)) {
        vus.add(m.titre);
        if (!formesDeveloppees(m.titre).some((f) => tout.includes(f))) trouves.push({ phrase, sigle: m.sigle, developpe: m.titre });
      }
    }
  });
  return trouves;
}
