// The field registry: what each frontmatter field means and where it shows, declared once beside its
// zod type (`champ()`), then read back as plain descriptors (`champsDe()`) by every part of the site.
import { z } from 'zod';
import type { Vocabulaire } from './vocabulaire.ts';

export { valeurDe } from './valeur.ts';

type Element<T> = T extends readonly (infer E)[] ? E : never;

export interface Champ<T = unknown> {
  /** The field's French name, as readers and editors see it. */
  libelle: string;
  /** What to write, in a few words: help in the form and the scaffold, description in the JSON Schema. */
  aide: string;
  /** A value as it is written in a sheet. */
  exemple?: unknown;
  /** Shown in the sheet's « En bref » box. */
  enBref?: boolean;
  /** What the box says when the field is empty (otherwise the empty field is left out). */
  vide?: string;
  /**
   * Feeds a search facet: `cle` names it (the field's own key by default), `rang` orders the facets;
   * `vide`, the value an empty field filters under (labelled by the field's `vide`).
   */
  facette?: { rang: number; cle?: string; vide?: string };
  /** A column of the open-data CSV (the default); for a list of objects, how one item reads. */
  csv?: false | ((item: Element<T>) => string);
  /**
   * A control of the contribution form (the default): its group of fields, how a list is typed. A list of
   * `phrases` is typed one sentence per line, and given to `nouvelle-fiche` one sentence per answer.
   */
  formulaire?: false | { groupe?: string; saisie?: 'virgules' | 'lignes' | 'phrases' };
  /** Asked by `npm run nouvelle-fiche`. */
  question?: boolean;
  /** Filled in by the tools, never asked: today's date for a new sheet. */
  auto?: 'aujourdhui';
}

const ROLES = z.registry<Champ<never>>();
// A registry looks a schema's clones up too: `.meta()` on a field clones its enum.
const VOCABULAIRES = z.registry<{ vocabulaire: Vocabulaire }>();

/** Documents a field: its label and help go to the JSON Schema too (`title`, `description`, `examples`). */
export function champ<S extends z.ZodType>(schema: S, c: Champ<z.input<S>>): S {
  const documente = schema.meta({ title: c.libelle, description: c.aide, ...(c.exemple !== undefined && { examples: [c.exemple] }) });
  ROLES.add(documente, c as Champ<never>);
  return documente;
}

/** An enum of a vocabulary's keys, that remembers the vocabulary for its labels. */
export function valeurs<T extends Vocabulaire>(v: T) {
  const e = z.enum(Object.keys(v) as [keyof T & string, ...(keyof T & string)[]]);
  VOCABULAIRES.add(e, { vocabulaire: v });
  return e;
}

export type Genre = 'texte' | 'nombre' | 'date' | 'url' | 'valeur' | 'objet';

/** A field as the rest of the site sees it. */
export interface Descripteur extends Omit<Champ, 'csv'> {
  /** `territoire.pays`; a list of objects reads `sources[].titre`. */
  chemin: string;
  cle: string;
  genre: Genre;
  liste: boolean;
  /** Must be written (a list: with at least one item). */
  requis: boolean;
  /** The fewest items of a list. */
  minimum: number;
  /** `null` is allowed (a year the source does not give). */
  nul: boolean;
  /** Labels of the allowed values. */
  vocabulaire?: Vocabulaire;
  /** The longest text allowed, in characters. */
  longueurMax?: number;
  /** The fields of an object, or of each item of a list of objects. */
  enfants: Descripteur[];
  csv?: false | ((item: unknown) => string);
  /** The zod type of the field, to check one answer. */
  schema: z.ZodType;
}

type Check = { _zod: { def: { check: string; minimum?: number; maximum?: number } } };
type Def = {
  type: string;
  innerType?: z.ZodType;
  out?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  checks?: Check[];
  format?: string;
};
const def = (s: z.ZodType) => s._zod.def as unknown as Def;
const borne = (d: Def, check: string) => d.checks?.find((c) => c._zod.def.check === check)?._zod.def;

function decrire(cle: string, chemin: string, schema: z.ZodType): Descripteur {
  const roles = ROLES.get(schema) ?? { libelle: cle, aide: '' };
  let s = schema;
  let requis = true;
  let nul = false;
  let liste = false;
  let minimum = 0;
  for (;;) {
    const d = def(s);
    if (d.type === 'optional' || d.type === 'default') requis = false;
    if (d.type === 'nullable') nul = true;
    if (d.innerType) s = d.innerType;
    else if (d.type === 'pipe') s = d.out!;
    else if (d.type === 'array' && !liste) {
      liste = true;
      minimum = borne(d, 'min_length')?.minimum ?? 0;
      requis &&= minimum > 0;
      s = d.element!;
    } else break;
  }
  const d = def(s);
  const genre: Genre =
    d.type === 'object'
      ? 'objet'
      : d.type === 'enum'
        ? 'valeur'
        : d.type === 'number'
          ? 'nombre'
          : d.format === 'url'
            ? 'url'
            : d.format === 'date'
              ? 'date'
              : 'texte';
  const sous = liste ? `${chemin}[]` : chemin;
  return {
    ...roles,
    chemin,
    cle,
    genre,
    liste,
    requis,
    minimum,
    nul,
    schema,
    vocabulaire: VOCABULAIRES.get(s)?.vocabulaire,
    longueurMax: borne(d, 'max_length')?.maximum,
    enfants: d.shape ? Object.entries(d.shape).map(([k, v]) => decrire(k, `${sous}.${k}`, v)) : [],
  } as Descripteur;
}

const cache = new WeakMap<z.ZodType, Descripteur[]>();

/** The fields of an object schema, in order, each with its nested fields. */
export function champsDe(schema: z.ZodType): Descripteur[] {
  let d = cache.get(schema);
  if (!d) cache.set(schema, (d = Object.entries(def(schema).shape ?? {}).map(([k, v]) => decrire(k, k, v))));
  return d;
}

/** Every field, nested ones included, depth first. */
export const tousLesChamps = (schema: z.ZodType): Descripteur[] =>
  champsDe(schema).flatMap(function aplatir(c): Descripteur[] {
    return [c, ...c.enfants.flatMap(aplatir)];
  });

/** The field of an editor's path (`sources[2].titre` → the `sources[].titre` field). */
export function champA(schema: z.ZodType, chemin: string): Descripteur | undefined {
  const d = def(schema);
  if (d.type === 'array') return champA(d.element!, chemin.replace(/^\[\d+\]\.?/, '')); // a list of entries, as the glossary
  const general = chemin.replace(/\[\d+\]/g, '[]');
  return tousLesChamps(schema).find((c) => c.chemin === general || `${c.chemin}[]` === general);
}
