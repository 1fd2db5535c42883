// The « Proposer une fiche » form, derived from the field registry: its groups of controls, the sheet
// file built from what was typed, and the control that holds a problem's field. Pure: the browser
// element only wires it to the page.
import { champsDe, tousLesChamps, type Descripteur } from '../schema/champs.ts';
import { fiche } from '../schema/fiche.ts';
import { SECTIONS } from '../schema/vocabulaire.ts';
import { aujourdhui, ecrireFiche, objet } from './modele.ts';

/** The form's values by control name: `titre`, `territoire.pays`, `sources[0].titre`. */
export type Champs = Record<string, string | string[]>;

/** A field shown by the form: the registry's fields, less those the tools fill in or a new sheet lacks. */
const affiche = (c: Descripteur) => c.formulaire !== false && !c.auto;

/** The fieldsets of the form: each field joins the group it names, or the one before it. */
export function groupesFormulaire(champs = champsDe(fiche)): { titre: string; champs: Descripteur[] }[] {
  const groupes: { titre: string; champs: Descripteur[] }[] = [];
  for (const c of champs.filter(affiche)) {
    const titre = (c.formulaire && c.formulaire.groupe) || groupes.at(-1)?.titre || 'La pratique';
    const groupe = groupes.find((g) => g.titre === titre) ?? groupes[groupes.push({ titre, champs: [] }) - 1]!;
    groupe.champs.push(c);
  }
  return groupes;
}

/** Placeholders of a new row's index and number, in the <template> of a list of objects. */
export const INDICE = '__indice__';
export const NUMERO = '__numero__';

/** How a list of texts is typed: one item per line, or separated by commas. */
export const saisieListe = (c: Descripteur) => (c.formulaire && c.formulaire.saisie) || 'lignes';

const texte = (v: Champs[string] | undefined) => (typeof v === 'string' ? v.trim() : '');

/** The value of one field from the form; a field left empty is left out, so that the schema names it. */
function lire(c: Descripteur, nom: string, champs: Champs, jour: string): unknown {
  if (c.auto === 'aujourdhui') return jour;
  if (!affiche(c)) return c.liste && !c.requis ? [] : undefined;
  if (c.genre === 'objet') {
    const fields = (prefixe: string) => objet(c.enfants.map((e) => [e.cle, lire(e, `${prefixe}.${e.cle}`, champs, jour)]));
    if (!c.liste) return fields(nom);
    const lignes: Record<string, unknown>[] = [];
    for (let i = 0; Object.keys(champs).some((k) => k.startsWith(`${nom}[${i}].`)); i++) lignes.push(fields(`${nom}[${i}]`));
    // Rows keep their place, so that a problem's index is the row's; empty rows at the end are dropped,
    // but a required list keeps its first, so that each of its missing fields is named.
    while (lignes.length > (c.requis ? 1 : 0) && Object.keys(lignes.at(-1)!).length === 0) lignes.pop();
    return lignes;
  }
  const brut = champs[nom];
  if (c.vocabulaire) return c.liste ? (Array.isArray(brut) ? brut : []) : texte(brut) || undefined;
  const t = texte(brut);
  if (c.liste)
    return t
      .split(saisieListe(c) === 'virgules' ? /[\n,]/ : /\n/)
      .map((v) => v.trim())
      .filter(Boolean);
  if (c.genre === 'nombre') return t === '' ? (c.nul ? null : undefined) : /^\d+$/.test(t) ? Number(t) : t;
  return t || undefined;
}

/** The name of a section's control. */
export const nomSection = (titre: string) => `section:${titre}`;

export function ficheDepuisChamps(champs: Champs, jour = aujourdhui()): string {
  const frontmatter = objet(champsDe(fiche).map((c) => [c.cle, lire(c, c.chemin, champs, jour)]));
  const sections = SECTIONS.map((s) => ({ titre: s.titre, texte: texte(champs[nomSection(s.titre)]) })).filter((s) => s.texte);
  return ecrireFiche(frontmatter, sections);
}

/** The id of the form control for a problem's field: `territoire.pays[0]` → `champ-territoire.pays`. */
export function controlePour(champ: string | undefined, ids: ReadonlySet<string>): string | undefined {
  for (let c = champ; c; c = c.replace(/(\[\d+\]|\.[^.[\]]+)$/, '') || undefined) {
    if (ids.has(`champ-${c}`)) return `champ-${c}`;
    if (c === c.replace(/(\[\d+\]|\.[^.[\]]+)$/, '')) break;
  }
  return undefined;
}

/**
 * A problem's field as the form names it, in French: `sources[1].titre` → « Sources (ligne 2) › Titre du
 * document », `territoire.departements[0]` → « Départements (valeur 1) ».
 */
export function nomLisible(champ: string, champs = tousLesChamps(fiche)): string {
  const parties: string[] = [];
  let general = '';
  for (const [, cle, indice] of champ.matchAll(/\.?([^.[\]]+)|\[(\d+)\]/g)) {
    if (cle !== undefined) {
      general = general ? `${general}.${cle}` : cle;
      const c = champs.find((x) => x.chemin === general);
      if (c && (c.genre !== 'objet' || c.liste)) parties.push(c.libelle);
    } else {
      const c = champs.find((x) => x.chemin === general);
      parties[parties.length - 1] += ` (${c?.genre === 'objet' ? 'ligne' : 'valeur'} ${Number(indice) + 1})`;
      general += '[]';
    }
  }
  return parties.join(' › ') || champ;
}

/** Browsers and GitHub refuse longer addresses: past this, the file is copied and pasted instead. */
export const LONGUEUR_MAX_ADRESSE = 8000;

/** The repository's new-file page, filled in with the file when the address allows it. */
export function adresseProposition(depot: string, branche: string, nom: string, texte: string): { url: string; aColler: boolean } {
  const complete = `${depot}/new/${branche}?${new URLSearchParams({ filename: nom, value: texte })}`;
  if (complete.length <= LONGUEUR_MAX_ADRESSE) return { url: complete, aColler: false };
  return { url: `${depot}/new/${branche}?${new URLSearchParams({ filename: nom })}`, aColler: true };
}
