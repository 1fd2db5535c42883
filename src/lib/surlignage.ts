// The words searched for, found again in a page's text on arrival from the search: every form that
// shares their stem (« accompagner » marks « accompagnement »), accents and case aside, and each part
// of a hyphenated word. Pagefind's own highlighter marks exact words only.

/** One character folded to its base letter, lowercase: folding keeps every index of the text in place. */
const plier = (c: string) => (c.normalize('NFD')[0] ?? c).toLowerCase();
export const plierTexte = (texte: string) => [...texte].map(plier).join('');

/** Short words that every French text holds: never marked. */
const VIDES = new Set([
  'les',
  'des',
  'une',
  'aux',
  'par',
  'pour',
  'dans',
  'sur',
  'avec',
  'qui',
  'que',
  'est',
  'son',
  'ses',
  'leur',
  'leurs',
  'elle',
  'ils',
]);

/** French endings, longest first: what a stem loses (« evaluation » → « evalu », as « évaluée »). */
const FINS = [
  'issements',
  'issement',
  'atrices',
  'ations',
  'ements',
  'ateurs',
  'atrice',
  'ation',
  'ement',
  'ateur',
  'ances',
  'ences',
  'euses',
  'iques',
  'ismes',
  'istes',
  'ables',
  'ance',
  'ence',
  'euse',
  'eurs',
  'ites',
  'ique',
  'isme',
  'iste',
  'able',
  'eur',
  'ite',
  'ees',
  'ee',
  'es',
  'er',
  'ez',
  'e',
  's',
  'x',
];

/** The stem of a folded word: without its ending, if at least four letters remain. */
const racine = (mot: string) => {
  const fin = FINS.find((f) => mot.endsWith(f) && mot.length - f.length >= 4);
  return fin ? mot.slice(0, -fin.length) : mot;
};

/** A pattern over folded text (see plierTexte) for the searched words' forms; none when no word counts. */
export function motifSurlignage(mots: readonly string[]): RegExp | undefined {
  const racines = new Set(
    mots
      .flatMap((m) => plierTexte(m).split(/[^\p{L}\p{N}]+/u))
      .filter((m) => m.length >= 3 && !VIDES.has(m))
      .map(racine),
  );
  if (!racines.size) return undefined;
  const echapper = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${[...racines]
      .sort((a, b) => b.length - a.length)
      .map(echapper)
      .join('|')})[\\p{L}\\p{N}]*`,
    'gu',
  );
}

/** The [start, end) ranges of `texte` to mark. */
export function plagesSurlignees(texte: string, motif: RegExp): [number, number][] {
  return [...plierTexte(texte).matchAll(motif)].map((m) => [m.index, m.index + m[0].length]);
}
