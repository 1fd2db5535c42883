// How metadata reads on the page, in French.
import type { Fiche } from '../schema/fiche.ts';

const liste = new Intl.ListFormat('fr', { type: 'conjunction' });
const date = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' });

/** Without accents or other diacritics (« Évaluée » → « Evaluee »): the base of every folded comparison. */
export const sansAccents = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** « a, b et c » */
export const listeFrancaise = (valeurs: readonly string[]) => liste.format(valeurs);

/** « 21 novembre 2026 », « 1er décembre 2026 » from « 2026-11-21 », « 2026-12-01 ». */
export const dateFrancaise = (iso: string) => date.format(new Date(`${iso}T00:00:00Z`)).replace(/^1 /, '1er ');

/** A moment's day where it is read (the browser's time zone), YYYY-MM-DD. */
export const jourLocal = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** The year as the reader should see it: the source's wording first. */
export function anneeAffichee(f: Pick<Fiche, 'annee' | 'anneeTexte'>): string {
  return f.anneeTexte ?? (f.annee === null ? 'Non renseignée' : String(f.annee));
}

/** A clause as a sentence: « Un texte. » from « un texte ». */
export const phrase = (t: string) => `${t.charAt(0).toUpperCase()}${t.slice(1)}.`;

/** Label of a controlled value; an unknown value shows as written rather than disappearing. */
export const libelle = (vocabulaire: Readonly<Record<string, string>>, valeur: string) => vocabulaire[valeur] ?? valeur;

/** « 1 problème », « 3 problèmes »: French plural of a count (the plural adds an s unless given). */
export const nombre = (n: number, mot: string, pluriel = `${mot}s`) => `${n} ${n > 1 ? pluriel : mot}`;
