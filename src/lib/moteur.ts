// How the catalogue searches, over Pagefind's API, for /recherche/ and the benchmark alike: all the words,
// the pages that hold them side by side first, the misspelt ones corrected from the index's vocabulary;
// when that finds little, each meaningful word alone, the pages that match most of them first.
import type { ComptesPagefind, IndexPagefind, OptionsRecherchePagefind, ReponsePagefind, ResultatPagefind } from './pagefind.ts';
import { MOTS_VIDES } from './mots-vides.ts';
import { motsDe, plier, suggestions, type Vocabulaire } from './vocabulaire.ts';

/** Fewer results than this and the search tries part of the words. */
export const PEU_DE_RESULTATS = 3;
/** Results kept when they are merged from several searches (their facets are then counted from them). */
export const MAX_FUSIONNES = 50;

export interface ReponseMoteur {
  resultats: ResultatPagefind[];
  /** Pagefind's counts when one search gave the results; otherwise to be counted from the results. */
  comptes?: ComptesPagefind;
  /** The query with its misspelt words corrected, when some were. */
  correction?: string;
  /** The words searched one by one when no page holds them all. */
  partiel?: string[];
}

/** A word without the elided article or preposition it starts with: « l'aller-vers » → « aller-vers ». */
const sansElision = (mot: string) => mot.replace(/^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)'/, '');

/** A stop word, or a compound of stop words only: « faut-il », « est-ce ». */
const vide = (mot: string) => mot.split('-').every((p) => !p || MOTS_VIDES.has(plier(p)));

/** The query's meaningful words once, in their order: no French stop word, no elided article. */
export const motsPleins = (q: string) => [...new Set(motsDe(q).map(sansElision))].filter((m) => m && !vide(m));

/** What Pagefind is asked first: the meaningful words, when the query has stop words (a question's « comment », « les » would only narrow it). */
export function motsCherches(q: string): string {
  const pleins = motsPleins(q);
  return pleins.length && pleins.length < motsDe(q).length ? pleins.join(' ') : q;
}

/** The query with each unknown word replaced by the nearest known one; undefined when none is unknown. */
export function corriger(q: string, vocabulaire: Vocabulaire): string | undefined {
  const mots = motsDe(q);
  let change = false;
  const corriges = mots.map((m, i) => {
    const [s] = suggestions(m, vocabulaire, { max: 1, enCours: i === mots.length - 1 && !/\s$/.test(q) });
    if (s && !MOTS_VIDES.has(plier(m))) change = true;
    return s && !MOTS_VIDES.has(plier(m)) ? s : m;
  });
  return change ? corriges.join(' ') : undefined;
}

/** Results of several searches, each page once at its best rank, in the order of the lists then of the ranks. */
function fusionner(listes: readonly ResultatPagefind[][]): ResultatPagefind[] {
  const vus = new Map<string, ResultatPagefind>();
  for (const liste of listes) for (const r of liste) if (!vus.has(r.id)) vus.set(r.id, r);
  return [...vus.values()];
}

/**
 * Pages ranked by how well they match the words taken one by one: for each word, the page's score over
 * the word's best score, weighted by how rare the word is among the pages found (a word found everywhere
 * tells little).
 */
function classerParMots(listes: readonly ResultatPagefind[][]): ResultatPagefind[] {
  const union = new Set(listes.flatMap((l) => l.map((r) => r.id))).size;
  const notes = new Map<string, { r: ResultatPagefind; note: number }>();
  for (const liste of listes) {
    const meilleur = Math.max(...liste.map((r) => r.score), Number.EPSILON);
    const rarete = Math.log(1 + union / liste.length);
    for (const r of liste) {
      const n = notes.get(r.id) ?? { r, note: 0 };
      n.note += (r.score / meilleur) * rarete;
      notes.set(r.id, n);
    }
  }
  return [...notes.values()].sort((a, b) => b.note - a.note).map((n) => n.r);
}

/**
 * The results with the pages that hold the words as typed, side by side, first (« peer support », not
 * « peer » here and « support » there), each part in Pagefind's order: Pagefind's exact-phrase search
 * (`exacts`) finds them but does not rank them. The positions Pagefind gives each result would not do:
 * they do not say which word is where, and a misspelt word matches by its stem's prefix.
 */
function enPhrase(reponse: ReponsePagefind, exacts: ReponsePagefind | undefined): ReponsePagefind {
  const ids = new Set(exacts?.results.map((r) => r.id));
  if (reponse.results.length < 2 || !ids.size) return reponse;
  return { ...reponse, results: [...reponse.results.filter((r) => ids.has(r.id)), ...reponse.results.filter((r) => !ids.has(r.id))] };
}

/**
 * Searches `q` (empty: browse) with Pagefind's options: its meaningful words only, when it has stop words.
 * When that finds little, each word the index's vocabulary does not know is corrected and the corrected
 * query searched first; when that still finds little, the meaningful words are searched one by one and
 * their results come next.
 */
export async function rechercher(
  pf: IndexPagefind,
  q: string,
  options: OptionsRecherchePagefind = {},
  vocabulaire?: () => Promise<Vocabulaire | undefined>,
): Promise<ReponseMoteur> {
  if (!q) {
    const r = await pf.search(null, options);
    return { resultats: r.results, comptes: r.filters };
  }
  const sansVides = motsPleins(q);
  const avecVides = sansVides.length < motsDe(q).length;
  const mots = pf.search(motsCherches(q), options);
  // Side by side only for two words or more without stop words: the index chunks of stop words are the
  // largest (every page has « de »), for words that rarely make the difference. Asked at once, beside the words.
  const phrase = sansVides.length < 2 || avecVides ? undefined : pf.search(`"${q.replaceAll('"', '')}"`, options).catch(() => undefined);
  const reponse = await mots;
  const tous = phrase ? enPhrase(reponse, await phrase) : reponse;
  // A word that finds pages is known in some form: the vocabulary is fetched only when the words find little.
  const voc = tous.results.length < PEU_DE_RESULTATS ? await vocabulaire?.().catch(() => undefined) : undefined;
  const correction = voc && corriger(q, voc);
  const listes = correction ? [(await pf.search(correction, options)).results, tous.results] : [tous.results];
  let resultats = fusionner(listes);
  let partiel: string[] | undefined;
  const pleins = correction ? motsPleins(correction) : sansVides;
  if (resultats.length < PEU_DE_RESULTATS && pleins.length > 1) {
    const parMot = await Promise.all(pleins.map(async (m) => (await pf.search(m, options)).results));
    const trouves = pleins.filter((_, i) => parMot[i]!.length);
    if (trouves.length) {
      partiel = trouves;
      resultats = fusionner([resultats, classerParMots(parMot.filter((l) => l.length))]);
    }
  }
  const seule = listes.length === 1 && !partiel;
  return {
    resultats: seule ? resultats : resultats.slice(0, MAX_FUSIONNES),
    ...(seule ? { comptes: tous.filters } : {}),
    ...(correction ? { correction } : {}),
    ...(partiel ? { partiel } : {}),
  };
}
