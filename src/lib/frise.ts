// Layout of the timeline: one row per theme, one column per year, sheets stacked in their cell, or, for a
// catalogue too large to show one point per sheet, one point per cell sized by its number of sheets.
import type { Fiche } from '../schema/fiche.ts';

type Datable = { id: string; data: Pick<Fiche, 'titre' | 'annee' | 'thematique'> };

export interface Point {
  id: string;
  titre: string;
  annee: number;
  thematique: string;
  x: number;
  y: number;
}

export interface Cellule {
  annee: number;
  thematique: string;
  n: number;
  x: number;
  y: number;
  /** Radius: its area grows with its number of sheets, up to the cell's size. */
  r: number;
}

interface Grille {
  colonne?: number;
  ligne?: number;
  marge?: number;
}

function cadre(fiches: readonly Datable[], thematiques: readonly string[], { colonne = 28, ligne = 56, marge = 0 }: Grille) {
  const datees = fiches.filter((f) => f.data.annee !== null);
  const annees = datees.map((f) => f.data.annee!);
  const debut = Math.min(...annees);
  const fin = Math.max(...annees);
  return {
    datees,
    debut,
    fin,
    x: (annee: number) => marge + (annee - debut) * colonne + colonne / 2,
    y: (thematique: string) => thematiques.indexOf(thematique) * ligne + ligne / 2,
    largeur: marge + (fin - debut + 1) * colonne,
    hauteur: thematiques.length * ligne,
    nonDatees: fiches.filter((f) => f.data.annee === null).map((f) => f.id),
  };
}

export function frise(
  fiches: readonly Datable[],
  thematiques: readonly string[],
  { pile = 12, ...grille }: Grille & { pile?: number } = {},
) {
  const { datees, x, y, ...reste } = cadre(fiches, thematiques, grille);
  const vus = new Map<string, number>();
  const points: Point[] = datees
    .toSorted((a, b) => a.data.titre.localeCompare(b.data.titre, 'fr'))
    .map((f) => {
      const cle = `${f.data.thematique}-${f.data.annee}`;
      const n = vus.get(cle) ?? 0;
      vus.set(cle, n + 1);
      return {
        id: f.id,
        titre: f.data.titre,
        annee: f.data.annee!,
        thematique: f.data.thematique,
        x: x(f.data.annee!),
        y: y(f.data.thematique) - pile + n * pile,
      };
    });
  return { ...reste, points };
}

/** The timeline summed up: one point per theme and year that has sheets, in the order of the years then of the rows. */
export function friseAgregee(fiches: readonly Datable[], thematiques: readonly string[], grille: Grille = {}) {
  const { datees, x, y, ...reste } = cadre(fiches, thematiques, grille);
  const comptes = new Map<string, Omit<Cellule, 'r'>>();
  for (const f of datees) {
    const cle = `${f.data.annee} ${f.data.thematique}`;
    const c = comptes.get(cle) ?? {
      annee: f.data.annee!,
      thematique: f.data.thematique,
      n: 0,
      x: x(f.data.annee!),
      y: y(f.data.thematique),
    };
    c.n += 1;
    comptes.set(cle, c);
  }
  const max = Math.max(1, ...[...comptes.values()].map((c) => c.n));
  const rayon = Math.min(grille.colonne ?? 28, grille.ligne ?? 56) / 2 - 1;
  const cellules: Cellule[] = [...comptes.values()]
    .map((c) => ({ ...c, r: Math.max(4, rayon * Math.sqrt(c.n / max)) }))
    .sort((a, b) => a.annee - b.annee || a.y - b.y);
  return { ...reste, cellules };
}

/** The sheets of each year, in the order of the years, the undated ones last (under `null`). */
export function parAnnee<T extends Datable>(fiches: readonly T[]): Map<number | null, T[]> {
  const tries = fiches.toSorted((a, b) => (a.data.annee ?? Infinity) - (b.data.annee ?? Infinity));
  return Map.groupBy(tries, (f) => f.data.annee);
}

/** The address segment of a year's listing, `sans-annee` for the undated sheets. */
export const segmentAnnee = (annee: number | null) => (annee === null ? 'sans-annee' : String(annee));

/** The listing of a year's sheets (or of the undated ones), relative to the site base. */
export const cheminAnnee = (annee: number | null) => `chronologie/${segmentAnnee(annee)}/`;
