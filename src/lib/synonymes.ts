// Words that mean the same to a reader: the glossary's acronyms with their expansions, and the reviewed
// table content/synonymes.json (synonyms, English terms). A page that uses one term of a group lists the
// others (« Autres mots pour en parler »), so that the search finds it by any of them, both ways.
import type { Sigle, Synonymes } from '../schema/fiche.ts';
import { sansAccents } from './format.ts';

/** An acronym is written without lowercase letters (« CF », « DPA-PC »): it is only recognised as written, never « cf. ». */
const estSigle = (terme: string) => !/\p{Ll}/u.test(terme) && /\p{Lu}.*\p{Lu}/u.test(terme);

/** Words of a text, apostrophes and hyphens as separators: « l’aller-vers » → l, aller, vers. */
const mots = (texte: string) => texte.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Memoised: a build folds the same few thousand words on every page. */
const memoire = <T>(f: (cle: string) => T) => {
  const vus = new Map<string, T>();
  return (cle: string) => {
    let v = vus.get(cle);
    if (v === undefined) vus.set(cle, (v = f(cle)));
    return v;
  };
};

/** How a word is compared: lowercase, no accents, no plural mark (« Conférences » → « conference »). */
const plierMot = memoire((mot) => {
  const m = sansAccents(mot).toLowerCase();
  return m.length > 3 ? m.replace(/[sx]$/, '') : m;
});

/** The form two terms are compared in: « Conférences familiales » and « conférence familiale » share one key. */
export const cleTerme = (terme: string) => mots(terme).map(plierMot).join(' ');

/** The words of a term as they are looked for in a text: exact for an acronym, folded otherwise. */
const motifTerme = memoire((terme) => (estSigle(terme) ? mots(terme) : mots(terme).map(plierMot)));

/** Terms that mean the same: each is recognised in a text; those of `ajouts` are added to a page that uses another. */
export interface GroupeSynonymes {
  formes: string[];
  ajouts: string[];
}

/**
 * The groups of equivalent terms: each glossary entry (its acronym, written forms and expansion without
 * what it puts in brackets; only the acronym is added, since the text's acronyms already carry their
 * expansion) and each group of the table (all added), groups sharing a term merged into one.
 */
export function groupesSynonymes(
  sigles: readonly Pick<Sigle, 'sigle' | 'variantes' | 'developpe'>[],
  table: readonly Synonymes[],
): GroupeSynonymes[] {
  const listes = [
    ...sigles.map((s) => ({ formes: [s.sigle, ...s.variantes, s.developpe.replace(/\s*\([^)]*\)/g, '').trim()], ajouts: [s.sigle] })),
    ...table.map((g) => ({ formes: g.termes, ajouts: g.termes })),
  ];
  const cle = (t: string) => (estSigle(t) ? t : cleTerme(t));
  // Union–find over the term keys.
  const parent = new Map<string, string>();
  const racine = (k: string): string => {
    while (parent.get(k) !== k) k = parent.get(k)!;
    return k;
  };
  const forme = new Map<string, string>();
  const ajoutee = new Set<string>();
  for (const { formes, ajouts } of listes) {
    const cles = formes
      .filter((t) => cleTerme(t))
      .map((t) => {
        const k = cle(t);
        if (!parent.has(k)) parent.set(k, k);
        if (!forme.has(k)) forme.set(k, t);
        return k;
      });
    for (const t of ajouts) ajoutee.add(cle(t));
    for (const k of cles.slice(1)) parent.set(racine(k), racine(cles[0]!));
  }
  const groupes = new Map<string, string[]>();
  for (const k of parent.keys()) groupes.set(racine(k), [...(groupes.get(racine(k)) ?? []), k]);
  return [...groupes.values()]
    .filter((g) => g.length > 1)
    .map((g) => ({ formes: g.map((k) => forme.get(k)!), ajouts: g.filter((k) => ajoutee.has(k)).map((k) => forme.get(k)!) }));
}

/** Whether a text uses a term: an acronym exactly as written, other terms folded, word for word. */
function indexer(texte: string): (terme: string) => boolean {
  const brut = mots(texte);
  const plie = brut.map(plierMot);
  const positions = new Map<string, number[]>();
  plie.forEach((m, i) => {
    const p = positions.get(m);
    if (p) p.push(i);
    else positions.set(m, [i]);
  });
  return (terme) => {
    const motif = motifTerme(terme);
    const cible = estSigle(terme) ? brut : plie;
    const debuts = positions.get(plierMot(motif[0] ?? '')) ?? [];
    return debuts.some((p) => motif.every((m, j) => cible[p + j] === m));
  };
}

/** indexer(texte), kept for the last text: a page asks for its neighbouring words, then for its absent places. */
let derniere: { texte: string; present: (terme: string) => boolean } | undefined;
function presence(texte: string): (terme: string) => boolean {
  if (derniere?.texte !== texte) derniere = { texte, present: indexer(texte) };
  return derniere.present;
}

/**
 * The terms to add of `groupes` a text does not use although it uses another term of their group, in the
 * groups' order: what to add to a page so that every name of what it deals with finds it.
 */
export function motsVoisins(texte: string, groupes: readonly GroupeSynonymes[]): string[] {
  const present = presence(texte);
  return groupes.flatMap((g) => (g.formes.some(present) ? g.ajouts.filter((t) => !present(t)) : []));
}

/** The terms a text does not use, in their order. */
export function absents(texte: string, termes: readonly string[]): string[] {
  const present = presence(texte);
  return termes.filter((t) => !present(t));
}
