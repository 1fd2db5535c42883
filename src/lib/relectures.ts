// The review cycle: a sheet is reviewed against its sources at least every two years.

/** Years between two reviews of a sheet. */
export const ANS_ENTRE_RELECTURES = 2;

/** The day a sheet reviewed on `miseAJour` (YYYY-MM-DD) is due for its next review. */
export function prochaineRelecture(miseAJour: string): string {
  const [a, m, j] = miseAJour.split('-').map(Number) as [number, number, number];
  // 29 February falls back to 28 in a year that has none.
  const jour = Math.min(j, new Date(Date.UTC(a + ANS_ENTRE_RELECTURES, m, 0)).getUTCDate());
  return `${a + ANS_ENTRE_RELECTURES}-${String(m).padStart(2, '0')}-${String(jour).padStart(2, '0')}`;
}

/** A sheet's review history as readers see it: published with its file's first commit (or, not committed yet, by its review), last reviewed, next review due. */
export function historiqueFiche(miseAJour: string, premierCommit?: string): { publiee: string; relue: string; prochaine: string } {
  return { publiee: premierCommit ?? miseAJour, relue: miseAJour, prochaine: prochaineRelecture(miseAJour) };
}

export interface ARelire {
  slug: string;
  titre: string;
  miseAJour: string;
  prochaine: string;
}

/** The sheets due for review on `aujourdhui`, the longest overdue first. */
export function fichesARelire(fiches: readonly { slug: string; titre: string; miseAJour: string }[], aujourdhui: string): ARelire[] {
  return fiches
    .map((f) => ({ ...f, prochaine: prochaineRelecture(f.miseAJour) }))
    .filter((f) => f.prochaine <= aujourdhui)
    .sort((a, b) => a.miseAJour.localeCompare(b.miseAJour) || a.slug.localeCompare(b.slug));
}
