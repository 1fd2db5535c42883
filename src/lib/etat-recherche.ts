// The search state and its URL form: `?q=maraude&thematique=aller-vers&thematique=pair-aidance&tri=annee-desc`.
export interface EtatRecherche {
  q: string;
  tri: string;
  filtres: Record<string, string[]>;
}

export function etatDepuisUrl(search: string, facettes: readonly string[]): EtatRecherche {
  const p = new URLSearchParams(search);
  return {
    q: (p.get('q') ?? '').trim(),
    tri: p.get('tri') ?? '',
    filtres: Object.fromEntries(facettes.map((cle) => [cle, [...new Set(p.getAll(cle).filter(Boolean))]])),
  };
}

export function etatVersUrl(chemin: string, e: EtatRecherche): string {
  const p = new URLSearchParams();
  if (e.q) p.set('q', e.q);
  for (const [cle, valeurs] of Object.entries(e.filtres)) for (const v of valeurs) p.append(cle, v);
  if (e.tri) p.set('tri', e.tri);
  const s = p.toString();
  return s ? `${chemin}?${s}` : chemin;
}

/**
 * Pagefind filters: `any` within a facet (OR), facets combined (AND). `sauf` leaves one facet out,
 * to count its values. With no words and no facet, only sheets are listed (browsing the catalogue).
 */
export function filtresPagefind(e: EtatRecherche, sauf?: string): Record<string, { any: string[] } | string> {
  const filtres: Record<string, { any: string[] } | string> = {};
  for (const [cle, valeurs] of Object.entries(e.filtres)) if (cle !== sauf && valeurs.length) filtres[cle] = { any: valeurs };
  if (!e.q) filtres.type = 'fiche';
  return filtres;
}
