// How to cite a sheet (or the whole catalogue): APA 7 in French, BibTeX, BibLaTeX, RIS, CSL-JSON, and what
// reference managers' browser connectors read on the page (citation_* meta tags, COinS).
// The catalogue and the sheet's first source are both credited as authors, each as one literal name:
// « OSEO Valais, secteur Adultes » is an institution, not a surname and a first name.
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
  /** The name its files take before their extension: the sheet's slug. */
  fichier: string;
  /** The work it belongs to; none when citing the catalogue itself. */
  conteneur?: string;
}

export const CATALOGUE = 'Catalogue des pratiques émergentes du travail social';
/** The name of the whole catalogue's citation files. */
export const FICHIER_CATALOGUE = 'pratiques-emergentes';

const longue = dateFrancaise;
const jourMois = (iso: string) => longue(iso).replace(/ \d{4}$/, '');
const auteurs = (c: ACiter) => [SITE.nom, ...(c.source ? [c.source.auteur] : [])];
const parties = (iso: string) => iso.split('-').map(Number);

const origine = (s: ACiter['source']) =>
  s ? `${s.auteur}${s.annee ? ` (${s.annee})` : ''}, ${s.titre}${s.reference ? `, ${s.reference}` : ''}` : undefined;
const note = (c: ACiter) => `Dernière relecture le ${longue(c.miseAJour)}${c.source ? `. D’après ${origine(c.source)}` : ''}`;

/** A title closed by a period, unless it already ends on its own punctuation (« …rien faire ? »). */
const phrase = (s: string) => (/[.?!…]$/.test(s) ? s : `${s}.`);

/** « Pratiques émergentes. (2026, 1er décembre). Titre. Catalogue… Consulté le …, à l’adresse URL » */
export function apa(c: ACiter): string {
  const d = origine(c.source);
  return `${SITE.nom}. (${c.miseAJour.slice(0, 4)}, ${jourMois(c.miseAJour)}). ${phrase(c.titre)}${c.conteneur ? ` ${phrase(c.conteneur)}` : ''} Consulté le ${longue(c.consultation)}, à l’adresse ${c.url}${d ? ` (d’après ${d})` : ''}`;
}

const bib = (s: string) => s.replace(/[{}\\]/g, '').replace(/[&%$#_]/g, (m) => `\\${m}`);
/** Each name in braces: BibTeX then reads it whole, commas and « and » included. */
const auteursBib = (c: ACiter) =>
  auteurs(c)
    .map((a) => `{${bib(a)}}`)
    .join(' and ');
const MOIS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const entree = (type: string, cle: string, champs: [string, string][]) =>
  `@${type}{${cle},\n${champs.map(([k, v]) => `  ${k} = ${v}`).join(',\n')}\n}\n`;

/** Classic BibTeX (`@misc`, `year`, `howpublished`), read by every style and tool. */
export function bibtex(c: ACiter): string {
  const [annee, mois] = parties(c.miseAJour);
  return entree('misc', c.cle, [
    ['author', `{${auteursBib(c)}}`],
    // Double braces keep the title's capitals from the styles that lower them.
    ['title', `{{${bib(c.titre)}}}`],
    ['howpublished', `{${c.conteneur ? `${bib(c.conteneur)}, ` : ''}\\url{${c.url}}}`],
    ['year', `{${annee}}`],
    ['month', MOIS[mois! - 1]!],
    ['url', `{${c.url}}`],
    ['note', `{${bib(`${note(c)}. Consulté le ${longue(c.consultation)}`)}}`],
    ['language', '{french}'],
  ]);
}

/** BibLaTeX (`@online`, `date`, `urldate`), for biber. */
export function biblatex(c: ACiter): string {
  return entree('online', c.cle, [
    ['author', `{${auteursBib(c)}}`],
    ['title', `{${bib(c.titre)}}`],
    ...(c.conteneur ? ([['titleaddon', `{${bib(c.conteneur)}}`]] as [string, string][]) : []),
    ['organization', `{${bib(SITE.nom)}}`],
    ['date', `{${c.miseAJour}}`],
    ['url', `{${c.url}}`],
    ['urldate', `{${c.consultation}}`],
    ['note', `{${bib(note(c))}}`],
    ['langid', '{french}'],
  ]);
}

/**
 * RIS reads a name as « Nom, Prénom » (Zotero, citation-js): a name without a comma stays one literal name,
 * so an institution's commas become dashes (« OSEO Valais – secteur Adultes »).
 */
export const nomRis = (nom: string) => nom.replace(/\s*,\s*/g, ' – ');

export function ris(c: ACiter): string {
  const lignes = [
    ['TY', 'ELEC'],
    ...auteurs(c).map((a) => ['AU', nomRis(a)]),
    ['TI', c.titre],
    ...(c.conteneur ? [['T2', c.conteneur]] : []),
    ['PB', SITE.nom],
    ['PY', c.miseAJour.slice(0, 4)],
    ['DA', c.miseAJour.replace(/-/g, '/')],
    ['Y2', c.consultation.replace(/-/g, '/')],
    ['UR', c.url],
    ['LA', 'fr'],
    ['N1', note(c)],
    ['ER', ''],
  ];
  return `${lignes.map(([k, v]) => `${k}  - ${v}`.trimEnd()).join('\r\n')}\r\n`;
}

/** CSL-JSON, as citeproc, Zotero and pandoc read it: a list of one item. */
export function cslJson(c: ACiter): string {
  const item = {
    id: c.cle,
    type: 'webpage',
    title: c.titre,
    author: auteurs(c).map((literal) => ({ literal })),
    ...(c.conteneur ? { 'container-title': c.conteneur } : {}),
    publisher: SITE.nom,
    issued: { 'date-parts': [parties(c.miseAJour)] },
    accessed: { 'date-parts': [parties(c.consultation)] },
    URL: c.url,
    language: 'fr',
    note: note(c),
  };
  return `${JSON.stringify([item], null, 2)}\n`;
}

/**
 * The Highwire Press tags (citation_*) that Google Scholar, Mendeley and Zotero's « Embedded Metadata »
 * read; Zotero splits each citation_author into first and last names.
 */
export const metaCitation = (c: ACiter): [string, string][] => [
  ['citation_title', c.titre],
  ...auteurs(c).map((a): [string, string] => ['citation_author', a]),
  ['citation_date', c.miseAJour.replace(/-/g, '/')],
  ['citation_publisher', SITE.nom],
  ['citation_public_url', c.url],
  ['citation_language', 'fr'],
];

/**
 * The COinS title (OpenURL, Dublin Core format): Zotero's connector prefers it to the meta tags, saves a
 * web page and reads each `rft.aucorp` as one institution's name.
 */
export function coins(c: ACiter): string {
  const cles: [string, string][] = [
    ['ctx_ver', 'Z39.88-2004'],
    ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:dc'],
    ['rft_id', c.url],
    ['rft.type', 'webpage'],
    ['rft.title', c.titre],
    ...auteurs(c).map((a): [string, string] => ['rft.aucorp', a]),
    ['rft.date', c.miseAJour],
    ...(c.conteneur ? ([['rft.source', c.conteneur]] as [string, string][]) : []),
    ['rft.publisher', SITE.nom],
    ['rft.language', 'fr'],
  ];
  return cles.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
}

/** The downloadable forms of a reference; each file is named `<fichier><suffixe>`. */
export const FORMATS = [
  { suffixe: '.bib', libelle: 'BibTeX', ecrire: bibtex, type: 'application/x-bibtex; charset=utf-8' },
  { suffixe: '-biblatex.bib', libelle: 'BibLaTeX', ecrire: biblatex, type: 'application/x-bibtex; charset=utf-8' },
  { suffixe: '.ris', libelle: 'RIS (Zotero, EndNote…)', ecrire: ris, type: 'application/x-research-info-systems; charset=utf-8' },
  { suffixe: '.json', libelle: 'CSL-JSON', ecrire: cslJson, type: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
] as const;

export type Format = (typeof FORMATS)[number];
export const nomFichier = (fichier: string, f: Format) => `${fichier}${f.suffixe}`;

/**
 * A reference's file as the address of its download link: written into the page rather than beside it,
 * so that a sheet does not add four tiny files to the site (the link's `download` gives the file its name).
 */
export const adresseDonnees = (f: Format, c: ACiter) => `data:${f.type.replace(/\s/g, '')},${encoderDonnees(f.ecrire(c))}`;

/**
 * Percent-encodes only what an address cannot hold as it is: spaces and line ends, `%`, `#`, and what
 * HTML would escape in an attribute (`&`, quotes, brackets). Accented letters stay (the browser encodes
 * them in UTF-8, as the type says): two bytes each instead of encodeURIComponent's six.
 */
const encoderDonnees = (texte: string) => texte.replace(/[\s"#%&'<>\\^`{|}\p{Cc}]/gu, (c) => (c === "'" ? '%27' : encodeURIComponent(c)));
