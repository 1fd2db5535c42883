// The search state and its URL form:
// `?q=maraude&thematique=aller-vers&thematique=pair-aidance&annee-min=2012&tri=annee-desc`.
/**
 * Pause after a keystroke before searching, in ms: enough to skip the words of a burst of typing, short
 * enough to leave most of the 100 ms between a keystroke and its results to the search (index chunks
 * are preloaded meanwhile).
 */
export const ATTENTE_FRAPPE = 30;
/** Results per screen: each is one more fragment to fetch, on a phone's network too. */
export const PAR_PAGE = 10;
/** Shown first, the rest of the screen after: the first results come sooner. */
export const PREMIERS = 3;

export interface EtatRecherche {
  q: string;
  tri: string;
  filtres: Record<string, string[]>;
  /** Year range, inclusive; '' when open. */
  anneeMin: string;
  anneeMax: string;
}

export const etatVide = (): EtatRecherche => ({ q: '', tri: '', filtres: {}, anneeMin: '', anneeMax: '' });

export function etatDepuisUrl(search: string, facettes: readonly string[]): EtatRecherche {
  const p = new URLSearchParams(search);
  const annee = (cle: string) => (/^\d{4}$/.test(p.get(cle) ?? '') ? p.get(cle)! : '');
  return {
    q: (p.get('q') ?? '').trim(),
    tri: p.get('tri') ?? '',
    filtres: Object.fromEntries(facettes.map((cle) => [cle, [...new Set(p.getAll(cle).filter(Boolean))]])),
    anneeMin: annee('annee-min'),
    anneeMax: annee('annee-max'),
  };
}

export function etatVersUrl(chemin: string, e: EtatRecherche): string {
  const p = new URLSearchParams();
  if (e.q) p.set('q', e.q);
  for (const [cle, valeurs] of Object.entries(e.filtres)) for (const v of valeurs) p.append(cle, v);
  if (e.anneeMin) p.set('annee-min', e.anneeMin);
  if (e.anneeMax) p.set('annee-max', e.anneeMax);
  if (e.tri) p.set('tri', e.tri);
  const s = p.toString();
  return s ? `${chemin}?${s}` : chemin;
}

type Filtres = Record<string, { any: string[] } | string>;

/**
 * Pagefind filters: `any` within a facet (OR), facets combined (AND). `sauf` leaves one facet out,
 * to count its values. A year range becomes the years of `annees` (those indexed) inside it.
 * With no words, only sheets are listed (browsing the catalogue).
 */
export function filtresPagefind(e: EtatRecherche, annees: readonly string[] = [], sauf?: string): Filtres {
  const filtres: Filtres = {};
  for (const [cle, valeurs] of Object.entries(e.filtres)) if (cle !== sauf && valeurs.length) filtres[cle] = { any: valeurs };
  if (e.anneeMin || e.anneeMax) {
    const min = Number(e.anneeMin || -Infinity);
    const max = Number(e.anneeMax || Infinity);
    const dedans = annees.filter((a) => Number(a) >= min && Number(a) <= max);
    filtres.annee = { any: dedans.length ? dedans : ['aucune'] };
  }
  if (!e.q) filtres.type = 'fiche';
  return filtres;
}
