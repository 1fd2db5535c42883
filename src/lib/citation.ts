// How to cite a sheet (or the whole catalogue): APA 7 in French, BibTeX and RIS.
// The catalogue and the sheet's first source are both credited as authors.
import type { Fiche } from '../schema/fiche.ts';
import { dateFrancaise } from './format.ts';
import { SITE } from './site.ts';

export interface ACiter {
  titre: string;
  url: string;
  /** Last review, YYYY-MM-DD. */
  miseAJour: string;
  /** When the reader consulted it, YYYY-MM-DD. */
  consultation: string;
  source?: Fiche['sources'][number];
  cle: string;
  /** The work it belongs to; none when citing the catalogue itself. */
  conteneur?: string;
}

export const CATALOGUE = 'Catalogue des pratiques émergentes du travail social';

const longue = dateFrancaise;
const jourMois = (iso: string) => longue(iso).replace(/ \d{4}$/, '');

const origine = (s: ACiter['source']) =>
  s ? `${s.auteur}${s.annee ? ` (${s.annee})` : ''}, ${s.titre}${s.reference ? `, ${s.reference}` : ''}` : undefined;

/** « Pratiques émergentes. (2026, 21 novembre). Titre. Catalogue… Consulté le …, à l’adresse URL » */
export function apa(c: ACiter): string {
  const d = origine(c.source);
  return `${SITE.nom}. (${c.miseAJour.slice(0, 4)}, ${jourMois(c.miseAJour)}). ${c.titre}.${c.conteneur ? ` ${c.conteneur}.` : ''} Consulté le ${longue(c.consultation)}, à l’adresse ${c.url}${d ? ` (d’après ${d})` : ''}`;
}

const bib = (s: string) => s.replace(/[{}\\]/g, '').replace(/[&%$#_]/g, (m) => `\\${m}`);

export function bibtex(c: ACiter): string {
  const champs: [string, string][] = [
    [
      'author',
      [SITE.nom, c.source?.auteur]
        .filter(Boolean)
        .map((a) => `{${bib(a!)}}`)
        .join(' and '),
    ],
    ['title', bib(c.titre)],
    ['organization', bib(SITE.nom)],
    ['date', c.miseAJour],
    ['url', c.url],
    ['urldate', c.consultation],
    ['note', `Dernière relecture le ${longue(c.miseAJour)}${c.source ? `. D’après ${bib(origine(c.source)!)}` : ''}`],
    ['langid', 'french'],
  ];
  return `@online{${c.cle},\n${champs.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}\n`;
}

export function ris(c: ACiter): string {
  const lignes = [
    ['TY', 'ELEC'],
    ['AU', SITE.nom],
    ...(c.source ? [['AU', c.source.auteur]] : []),
    ['TI', c.titre],
    ...(c.conteneur ? [['T2', c.conteneur]] : []),
    ['PY', c.miseAJour.slice(0, 4)],
    ['DA', c.miseAJour.replace(/-/g, '/')],
    ['Y2', c.consultation.replace(/-/g, '/')],
    ['UR', c.url],
    ['LA', 'fr'],
    ...(c.source ? [['N1', `D’après ${origine(c.source)}`]] : []),
    ['ER', ''],
  ];
  return `${lignes.map(([k, v]) => `${k}  - ${v}`.trimEnd()).join('\r\n')}\r\n`;
}

/** The downloadable forms of a reference, by file name. */
export const FORMATS = {
  'citation.bib': { ecrire: bibtex, type: 'application/x-bibtex; charset=utf-8' },
  'citation.ris': { ecrire: ris, type: 'application/x-research-info-systems; charset=utf-8' },
} as const;
