// « Comparer des fiches »: two to four sheets side by side, from the address alone
// (/comparer/?fiches=a,b,c), so that the address is the comparison one shares. Rows are fields of the
// registry (described at build time, so that the page's script does without the schema), read from
// the /api/pratiques.json records.
import { valeurDe } from '../schema/valeur.ts';
import type { PratiqueApi } from '../schema/fiche.ts';
import type { Vocabulaire } from '../schema/vocabulaire.ts';
import { anneeAffichee, libelle, nombre } from './format.ts';
import { PARAM_PARTAGE } from './selection-page.ts';

export const MIN_COMPARAISON = 2;
export const MAX_COMPARAISON = 4;

export const urlComparaison = (page: string, slugs: readonly string[]) => `${page}?${PARAM_PARTAGE}=${slugs.join(',')}`;

/** Whether a list can be compared as it is. */
export const comparable = (slugs: readonly unknown[]) => slugs.length >= MIN_COMPARAISON && slugs.length <= MAX_COMPARAISON;

/** `?fiches=a,b` → ['a', 'b'], as written (unknown or malformed names too, so that they can be named), without repeats. */
export const demandees = (search: string): string[] => [
  ...new Set(
    (new URLSearchParams(search).get(PARAM_PARTAGE) ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  ),
];

export interface Demande {
  /** The requested sheets that exist, in the address's order. */
  fiches: string[];
  /** The requested names that are no sheet of the catalogue. */
  inconnues: string[];
  /** What stops the comparison, in French; undefined when the table can be shown. */
  obstacle?: string;
}

export function lireDemande(search: string, existe: (slug: string) => boolean): Demande {
  const noms = demandees(search);
  const fiches = noms.filter(existe);
  const inconnues = noms.filter((s) => !existe(s));
  const obstacle =
    fiches.length === 0
      ? noms.length
        ? 'Aucune des fiches demandées n’existe dans le catalogue.'
        : 'Aucune fiche à comparer : choisissez-en de deux à quatre.'
      : fiches.length < MIN_COMPARAISON
        ? 'Une seule fiche à comparer : la comparaison met côte à côte de deux à quatre fiches.'
        : fiches.length > MAX_COMPARAISON
          ? `${nombre(fiches.length, 'fiche')} demandées : la comparaison en met côte à côte quatre au plus.`
          : undefined;
  return { fiches, inconnues, obstacle };
}

/** The unknown names, told. */
export const messageInconnues = (inconnues: readonly string[]) =>
  inconnues.length === 1
    ? `Fiche inconnue du catalogue, laissée de côté : « ${inconnues[0]} ».`
    : `Fiches inconnues du catalogue, laissées de côté : ${inconnues.map((s) => `« ${s} »`).join(', ')}.`;

/** A row of the table: a field, with what the registry says of it (./lignes-comparaison.ts, at build time). */
export interface Ligne {
  chemin: string;
  libelle: string;
  vocabulaire?: Vocabulaire;
  /** What an empty field says. */
  vide?: string;
}

/** One piece of a cell: a text, or a link to a section of the sheet (its anchor). */
export type Morceau = { texte: string; ancre?: string };

/** What a sheet's cell of a row holds; nothing when the sheet leaves the field empty and the registry has no word for it. */
export function cellule(ligne: Ligne, e: PratiqueApi): Morceau[] {
  if (ligne.chemin === 'annee') return [{ texte: anneeAffichee(e) }];
  if (ligne.chemin === 'sections') return e.sections.map((s) => ({ texte: s.titre, ancre: s.ancre }));
  const v = valeurDe(e, ligne.chemin);
  const valeurs = (Array.isArray(v) ? v : v === undefined || v === null || v === '' ? [] : [v]).map(String);
  if (!valeurs.length) return ligne.vide ? [{ texte: ligne.vide }] : [];
  return valeurs.map((x) => ({ texte: ligne.vocabulaire ? libelle(ligne.vocabulaire, x) : x }));
}

/** The rows these sheets fill: a field none of them gives (and that says nothing when empty) is left out. */
export const lignesPour = (lignes: readonly Ligne[], fiches: readonly PratiqueApi[]): Ligne[] =>
  lignes.filter((l) => fiches.some((f) => cellule(l, f).length > 0));
