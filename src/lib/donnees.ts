// The open-data form of a sheet (the record `pratiqueApi` describes): its slug, permanent URL and level of
// evidence, plus every frontmatter field and its sections' anchors; and its CSV line, whose columns are the fields that keep the `csv` role (all by default).
import { champsDe, valeurDe, type Descripteur } from '../schema/champs.ts';
import { pratiqueApi, type Fiche, type PratiqueApi } from '../schema/fiche.ts';
import { niveauPreuve } from './preuve.ts';

type FicheBrute = Omit<Fiche, 'fichesLiees'> & { fichesLiees: readonly (string | { id: string })[] };

export function enregistrement(
  slug: string,
  f: FicheBrute,
  url: (slug: string) => string,
  sections: PratiqueApi['sections'] = [],
): PratiqueApi {
  return {
    slug,
    url: url(slug),
    niveauPreuve: niveauPreuve(f),
    ...f,
    fichesLiees: f.fichesLiees.map((r) => (typeof r === 'string' ? r : r.id)),
    sections,
  };
}

export type Enregistrement = PratiqueApi;

/** Lists are joined by this in a CSV cell. */
export const SEPARATEUR_CSV = ' | ';

/** An object's fields become one column each (`territoire.pays`); a list of objects, one column. */
const colonnes = (champs: readonly Descripteur[]): Descripteur[] =>
  champs.filter((c) => c.csv !== false).flatMap((c) => (c.genre === 'objet' && !c.liste ? colonnes(c.enfants) : [c]));

const CHAMPS_CSV = colonnes(champsDe(pratiqueApi));

/** The CSV columns, with the French label of each (documented on /a-propos/). */
export const COLONNES: readonly { cle: string; libelle: string }[] = CHAMPS_CSV.map((c) => ({ cle: c.chemin, libelle: c.libelle }));

export function ligneCsv(e: Enregistrement): string[] {
  const cellule = (v: unknown, c?: Descripteur): string => {
    if (Array.isArray(v))
      return v
        .map((x) => (typeof c?.csv === 'function' ? c.csv(x) : x && typeof x === 'object' ? Object.values(x).join(' — ') : String(x)))
        .join(SEPARATEUR_CSV);
    return v === null || v === undefined ? '' : String(v);
  };
  return CHAMPS_CSV.map((c) => cellule(valeurDe(e, c.chemin), c));
}

/**
 * Rows as CSV (RFC 4180, as csv-stringify writes it by default): a cell is quoted when it holds a comma,
 * a quote or a line break, its quotes doubled; each row ends with CRLF; a byte-order mark first, so
 * that spreadsheets read the accents.
 */
export function documentCsv(enregistrements: readonly Enregistrement[]): string {
  const cellule = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lignes = [COLONNES.map((c) => c.cle), ...enregistrements.map(ligneCsv)];
  return `\uFEFF${lignes.map((l) => `${l.map(cellule).join(',')}\r\n`).join('')}`;
}
