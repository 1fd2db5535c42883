// The template of a new sheet, derived from the field registry: what the editor gave, a marked hint
// (CONSIGNE) for every other required field (one per item a list needs at least), then the sections, each with a one-line hint.
import { stringify } from 'yaml';
import { champsDe, type Descripteur } from '../schema/champs.ts';
import { fiche } from '../schema/fiche.ts';
import { NON_RENSEIGNE, SECTIONS } from '../schema/vocabulaire.ts';
import { CONSIGNE } from './controles.ts';

/** Today, YYYY-MM-DD. */
export const aujourdhui = () => new Date().toISOString().slice(0, 10);

/** Answers by field path: `titre`, `territoire.pays`, `sources[].titre`. */
export type Reponses = Record<string, unknown>;

/** The hint left in a field: what to write and, for a controlled value, the values allowed. */
export const consigne = (c: Pick<Descripteur, 'aide' | 'vocabulaire'>) =>
  `${CONSIGNE} : ${c.aide}${c.vocabulaire ? ` (${Object.keys(c.vocabulaire).join(', ')})` : ''}`;

/** What goes in a section, with what to write when the source says nothing. */
export const aideSection = (s: (typeof SECTIONS)[number]) =>
  s.requise ? `${s.aide} ; si la source n’en dit rien, écrivez « ${NON_RENSEIGNE} »` : `facultative : ${s.aide}`;

const consigneSection = (s: (typeof SECTIONS)[number]) =>
  `${CONSIGNE} : ${aideSection(s)}${s.requise ? '' : ' ; ou supprimez cette section'}.`;

/** A sheet file from its frontmatter and its sections (titles as in SECTIONS). */
export function ecrireFiche(frontmatter: object, sections: readonly { titre: string; texte: string }[]): string {
  const corps = sections.map((s) => `## ${s.titre}\n\n${s.texte.trim()}\n`).join('\n');
  return `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${corps}`;
}

/** An object of the fields that have a value. */
export const objet = (entrees: [string, unknown][]) => Object.fromEntries(entrees.filter(([, v]) => v !== undefined));

function valeurModele(c: Descripteur, r: Reponses, jour: string): unknown {
  if (c.chemin in r) return r[c.chemin];
  if (c.auto === 'aujourdhui') return jour;
  if (c.genre === 'objet') {
    const o = () => objet(c.enfants.map((e) => [e.cle, valeurModele(e, r, jour)]));
    return c.liste ? (c.requis ? [o()] : []) : o();
  }
  if (c.liste) return c.requis ? Array.from({ length: c.minimum }, () => consigne(c)) : [];
  return c.requis ? consigne(c) : undefined;
}

export function modeleFiche(r: Reponses, jour = aujourdhui()): string {
  const frontmatter = objet(champsDe(fiche).map((c) => [c.cle, valeurModele(c, r, jour)]));
  return ecrireFiche(
    frontmatter,
    SECTIONS.map((s) => ({ titre: s.titre, texte: consigneSection(s) })),
  );
}
