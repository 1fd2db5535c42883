// Search relevance against graded judgements (scripts/bench/requetes.json): reciprocal rank, nDCG@10
// and recall@5 per query, their means per kind of query and overall, and the queries left without any
// result. Results and judgements name pages by id: a sheet's slug, `thematiques/<slug>`, `glossaire`.

/** The kinds of query of the benchmark, in the order of its tables. */
export const TYPES_REQUETE = ['sujet', 'sigle', 'synonyme', 'lieu', 'public', 'faute', 'question'] as const;
export type TypeRequete = (typeof TYPES_REQUETE)[number];

/** Libellés of the kinds, for the tables. */
export const LIBELLES_TYPES: Record<TypeRequete, string> = {
  sujet: 'sujets',
  sigle: 'sigles',
  synonyme: 'synonymes et termes anglais',
  lieu: 'lieux',
  public: 'publics',
  faute: 'fautes de frappe',
  question: 'questions',
};

/** Fewest queries of each kind in a judged set. */
export const MIN_PAR_TYPE = 6;

/** Page id → grade: 3 the page is about it, 2 clearly relevant, 1 mentions it usefully. */
export type Jugements = Record<string, number>;

export interface RequeteJugee {
  requete: string;
  type: TypeRequete;
  pertinents: Jugements;
  /** Why, in one sentence. */
  note?: string;
}

/** The goals the search is judged against. */
export const OBJECTIFS = { mrr: 0.95, ndcg10: 0.9, rappel5: 0.85 } as const;

/** The page id of a result URL: `/pratiques/<slug>/` → slug, `/thematiques/<slug>/` → `thematiques/<slug>`, `/glossaire/` → `glossaire`; otherwise the path. */
export function idDepuisUrl(url: string): string {
  const chemin = new URL(url, 'http://x').pathname;
  const fiche = /\/pratiques\/([^/]+)\/?$/.exec(chemin);
  if (fiche) return fiche[1]!;
  const theme = /\/thematiques\/([^/]+)\/?$/.exec(chemin);
  if (theme) return `thematiques/${theme[1]}`;
  if (/\/glossaire\/?$/.test(chemin)) return 'glossaire';
  return chemin;
}

/** Each id once, at its first rank: a page listed twice gains nothing the second time. */
const uniques = (resultats: readonly string[]) => [...new Set(resultats)];

/** 1 / rank of the first result with a grade ≥ 1; 0 when none is found. */
export function rangReciproque(resultats: readonly string[], jugements: Jugements): number {
  const i = uniques(resultats).findIndex((id) => (jugements[id] ?? 0) >= 1);
  return i < 0 ? 0 : 1 / (i + 1);
}

const gain = (note: number) => 2 ** note - 1;
const dcg = (notes: readonly number[], k: number) => notes.slice(0, k).reduce((s, g, i) => s + gain(g) / Math.log2(i + 2), 0);

/** nDCG@k: gain 2^grade − 1, discount log2(rank + 1), divided by the DCG of the judged pages in the best order. */
export function ndcg(resultats: readonly string[], jugements: Jugements, k = 10): number {
  const ideal = dcg(
    Object.values(jugements)
      .filter((g) => g > 0)
      .sort((a, b) => b - a),
    k,
  );
  if (ideal === 0) return 0;
  return (
    dcg(
      uniques(resultats).map((id) => jugements[id] ?? 0),
      k,
    ) / ideal
  );
}

/** The pages recall counts: grade ≥ 2, or grade ≥ 1 when no page has 2. */
export function attendus(jugements: Jugements): string[] {
  const seuil = Object.values(jugements).some((g) => g >= 2) ? 2 : 1;
  return Object.keys(jugements).filter((id) => jugements[id]! >= seuil);
}

/** Share of the expected pages (see `attendus`) among the first k results; 0 when nothing is expected. */
export function rappel(resultats: readonly string[], jugements: Jugements, k = 5): number {
  const attendu = attendus(jugements);
  if (!attendu.length) return 0;
  const premiers = new Set(uniques(resultats).slice(0, k));
  return attendu.filter((id) => premiers.has(id)).length / attendu.length;
}

/** The best recall@k any ranking can reach: below 1 when more than k pages are expected. */
export const plafondRappel = (jugements: Jugements, k = 5): number => {
  const n = attendus(jugements).length;
  return n ? Math.min(n, k) / n : 0;
};

export interface MesureRequete {
  requete: string;
  type: TypeRequete;
  rr: number;
  ndcg10: number;
  rappel5: number;
  plafondRappel5: number;
  /** How many pages the engine returned. */
  nombre: number;
  /** The first five result ids. */
  premiers: string[];
}

export interface Moyennes {
  requetes: number;
  mrr: number;
  ndcg10: number;
  rappel5: number;
  plafondRappel5: number;
  /** Queries with no result at all. */
  sansResultat: number;
}

export interface BilanPertinence {
  parType: Record<TypeRequete, Moyennes>;
  global: Moyennes;
  /** Queries with no result at all, in the order of the set. */
  sansResultat: string[];
  requetes: MesureRequete[];
}

export function mesurerRequete(q: RequeteJugee, resultats: readonly string[]): MesureRequete {
  return {
    requete: q.requete,
    type: q.type,
    rr: rangReciproque(resultats, q.pertinents),
    ndcg10: ndcg(resultats, q.pertinents, 10),
    rappel5: rappel(resultats, q.pertinents, 5),
    plafondRappel5: plafondRappel(q.pertinents, 5),
    nombre: uniques(resultats).length,
    premiers: uniques(resultats).slice(0, 5),
  };
}

function moyennes(mesures: readonly MesureRequete[]): Moyennes {
  const moyenne = (f: (m: MesureRequete) => number) => (mesures.length ? mesures.reduce((s, m) => s + f(m), 0) / mesures.length : 0);
  return {
    requetes: mesures.length,
    mrr: moyenne((m) => m.rr),
    ndcg10: moyenne((m) => m.ndcg10),
    rappel5: moyenne((m) => m.rappel5),
    plafondRappel5: moyenne((m) => m.plafondRappel5),
    sansResultat: mesures.filter((m) => m.nombre === 0).length,
  };
}

/**
 * Every query measured against its ranked result ids (`resultats`, by query text; a query missing
 * from it counts as one without results), with means per kind and overall.
 */
export function bilanPertinence(requetes: readonly RequeteJugee[], resultats: ReadonlyMap<string, readonly string[]>): BilanPertinence {
  const mesures = requetes.map((q) => mesurerRequete(q, resultats.get(q.requete) ?? []));
  return {
    parType: Object.fromEntries(TYPES_REQUETE.map((t) => [t, moyennes(mesures.filter((m) => m.type === t))])) as Record<
      TypeRequete,
      Moyennes
    >,
    global: moyennes(mesures),
    sansResultat: mesures.filter((m) => m.nombre === 0).map((m) => m.requete),
    requetes: mesures,
  };
}

/**
 * What is wrong with a judged set, in French, one line per problem: unknown kinds or pages, grades
 * outside 1–3, a query without any relevant sheet, a repeated query, a kind with too few queries.
 * `pages` are the ids that exist (sheets' slugs, `thematiques/<slug>`, `glossaire`); `fiches` the sheets' slugs.
 */
export function problemesRequetes(requetes: readonly RequeteJugee[], pages: ReadonlySet<string>, fiches: ReadonlySet<string>): string[] {
  const problemes: string[] = [];
  const vues = new Set<string>();
  for (const q of requetes) {
    const nom = `« ${q.requete} »`;
    if (!q.requete.trim()) problemes.push('une requête est vide');
    if (vues.has(q.requete)) problemes.push(`${nom} apparaît deux fois`);
    vues.add(q.requete);
    if (!(TYPES_REQUETE as readonly string[]).includes(q.type))
      problemes.push(`${nom} : type inconnu « ${q.type} » (${TYPES_REQUETE.join(', ')})`);
    for (const [id, g] of Object.entries(q.pertinents)) {
      if (!pages.has(id)) problemes.push(`${nom} : page inconnue « ${id} »`);
      if (![1, 2, 3].includes(g)) problemes.push(`${nom} : note ${g} pour « ${id} », attendu 1, 2 ou 3`);
    }
    if (!Object.keys(q.pertinents).some((id) => fiches.has(id))) problemes.push(`${nom} : aucune fiche pertinente`);
  }
  for (const t of TYPES_REQUETE) {
    const n = requetes.filter((q) => q.type === t).length;
    if (n < MIN_PAR_TYPE) problemes.push(`type « ${t} » : ${n} requêtes, il en faut au moins ${MIN_PAR_TYPE}`);
  }
  return problemes;
}
