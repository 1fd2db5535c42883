// Layout of the timeline: one row per theme, one column per year, sheets stacked in their cell.
import type { Fiche } from '../schema/fiche.ts';

export interface Point {
  id: string;
  titre: string;
  annee: number;
  thematique: string;
  x: number;
  y: number;
}

export function frise(
  fiches: readonly { id: string; data: Pick<Fiche, 'titre' | 'annee' | 'thematique'> }[],
  thematiques: readonly string[],
  { colonne = 28, ligne = 56, pile = 12, marge = 0 } = {},
) {
  const datees = fiches.filter((f) => f.data.annee !== null);
  const annees = datees.map((f) => f.data.annee!);
  const debut = Math.min(...annees);
  const fin = Math.max(...annees);
  const vus = new Map<string, number>();
  const points: Point[] = datees
    .toSorted((a, b) => a.data.titre.localeCompare(b.data.titre, 'fr'))
    .map((f) => {
      const rang = thematiques.indexOf(f.data.thematique);
      const cle = `${rang}-${f.data.annee}`;
      const n = vus.get(cle) ?? 0;
      vus.set(cle, n + 1);
      return {
        id: f.id,
        titre: f.data.titre,
        annee: f.data.annee!,
        thematique: f.data.thematique,
        x: marge + (f.data.annee! - debut) * colonne + colonne / 2,
        y: rang * ligne + ligne / 2 - pile + n * pile,
      };
    });
  return {
    debut,
    fin,
    points,
    largeur: marge + (fin - debut + 1) * colonne,
    hauteur: thematiques.length * ligne,
    nonDatees: fiches.filter((f) => f.data.annee === null).map((f) => f.id),
  };
}
