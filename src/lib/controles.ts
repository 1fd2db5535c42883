// The checks that need neither the file system nor the MDX parser, so that the same code runs
// in `npm run verifier`, in the build and in the browser form of /contribuer/.
import type { z } from 'zod';
import { champA } from '../schema/champs.ts';
import { NON_RENSEIGNE, SECTIONS } from '../schema/vocabulaire.ts';
import { COURRIEL, TELEPHONE } from './confidentialite.ts';
import { cheminChamp, messageFrancais, vouliezVousDire } from './erreurs.ts';
import { siglesInexpliques } from './facile.ts';
import { lireFrontmatter, type Frontmatter } from './frontmatter.ts';
import { fiche, type Sigle } from '../schema/fiche.ts';

export interface Probleme {
  fichier: string;
  ligne: number;
  /** The field's path as the editor writes it: `territoire.pays`, `sources[1].titre`. */
  champ?: string;
  /** The field's French label. */
  libelle?: string;
  message: string;
}

/** `content/pratiques/x.mdx:12: champ « territoire.pays » (Pays) : …` */
export function formater(p: Probleme): string {
  return `${p.fichier}:${p.ligne}: ${p.champ ? `champ « ${p.champ} »${p.libelle ? ` (${p.libelle})` : ''} : ` : ''}${p.message}`;
}

/** Marks the hints of the sheet template: a sheet still holding one is not finished. */
export const CONSIGNE = 'À COMPLÉTER';

/** Keys allowed in the object schema at `path`, to suggest a fix for an unknown key. */
function clesAuChemin(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let s: unknown = schema;
  for (const k of [...path, null]) {
    for (;;) {
      const def = (s as { _zod: { def: Record<string, unknown> } })._zod.def;
      if (def.innerType) s = def.innerType;
      else if (def.type === 'pipe') s = def.in;
      else break;
    }
    const def = (s as { _zod: { def: Record<string, unknown> } })._zod.def;
    if (k === null) return def.type === 'object' ? Object.keys(def.shape as object) : [];
    if (def.type === 'object') s = (def.shape as Record<string, unknown>)[String(k)];
    else if (def.type === 'array') s = def.element;
    if (!s) return [];
  }
  return [];
}

const valeurA = (data: unknown, path: readonly PropertyKey[]) =>
  path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), data);

/** `brut`: the data as read, for the checks that need more than the schema (and run even when it fails). */
type Verification = { problemes: Probleme[]; donnees?: unknown; brut?: unknown; ligne: (path: readonly PropertyKey[]) => number };

/** Frontmatter against a zod schema: one problem per issue, with its line. */
export function verifierFrontmatter(fichier: string, texte: string, schema: z.ZodType): Verification {
  const fm = lireFrontmatter(texte);
  if (!fm) {
    return {
      ligne: () => 1,
      problemes: [
        {
          fichier,
          ligne: 1,
          message: 'pas d’en-tête : le fichier doit commencer par une ligne « --- », les champs, puis une ligne « --- »',
        },
      ],
    };
  }
  return verifierDonnees(fichier, fm, schema);
}

/** Data read from YAML or JSON against a zod schema: one problem per issue, with its line. */
export function verifierDonnees(fichier: string, fm: Frontmatter, schema: z.ZodType): Verification {
  if (fm.erreurs.length) {
    const nature = fichier.endsWith('.json') ? 'JSON' : 'en-tête YAML';
    return {
      ligne: fm.ligne,
      problemes: fm.erreurs.map((e) => ({ fichier, ligne: e.ligne, message: `${nature} illisible : ${e.message}` })),
    };
  }
  const r = schema.safeParse(fm.data ?? {});
  // A template hint the schema accepts (any text does) is still not the editor's text; nor is it judged
  // by a rule of the editor's text (a sentence's length): the hint is what to replace.
  const consignes = new Set(
    [...feuilles(fm.data)].flatMap(([path, v]) => (typeof v === 'string' && v.includes(CONSIGNE) ? [cheminChamp(path)] : [])),
  );
  const issues = (r.error?.issues ?? []).filter((i) => i.code !== 'custom' || !consignes.has(cheminChamp(i.path)));
  const problemes = issues.map((issue) => {
    const champ = cheminChamp(issue.path);
    const trouve = valeurA(fm.data, issue.path);
    const cles = issue.code === 'unrecognized_keys' ? clesAuChemin(schema, issue.path) : [];
    const ligne = issue.code === 'unrecognized_keys' ? fm.ligne([...issue.path, issue.keys[0]!]) : fm.ligne(issue.path);
    return {
      fichier,
      ligne,
      champ: champ || undefined,
      libelle: champ ? champA(schema, champ)?.libelle : undefined,
      message: messageFrancais(issue, trouve, cles),
    };
  });
  const dits = new Set(problemes.map((p) => p.champ));
  for (const [path, valeur] of feuilles(fm.data)) {
    const champ = cheminChamp(path);
    if (consignes.has(champ) && !dits.has(champ)) {
      problemes.push({
        fichier,
        ligne: fm.ligne(path),
        champ,
        libelle: champA(schema, champ)?.libelle,
        message: `consigne du modèle encore présente : remplacez « ${String(valeur)} » par votre texte`,
      });
    }
  }
  return { problemes, donnees: problemes.length ? undefined : r.data, brut: fm.data, ligne: fm.ligne };
}

/** The easy-to-read summary of a sheet's data as read: every acronym it writes must be spelt out in it. */
export function verifierFacileALire(fichier: string, brut: unknown, ligne: Verification['ligne'], glossaire: readonly Sigle[]): Probleme[] {
  const valeur = brut && typeof brut === 'object' ? (brut as Record<string, unknown>).facileALire : undefined;
  const phrases = Array.isArray(valeur) ? valeur.map((p) => (typeof p === 'string' && !p.includes(CONSIGNE) ? p : '')) : [];
  return siglesInexpliques(phrases, glossaire).map(({ phrase, sigle, developpe }) => ({
    fichier,
    ligne: ligne(['facileALire', phrase]),
    champ: `facileALire[${phrase}]`,
    libelle: champA(fiche, 'facileALire')?.libelle,
    message: developpe
      ? `sigle « ${sigle} » sans explication : écrivez-le en toutes lettres : ${developpe.replace(/'/g, '’')}`
      : `mot en majuscules « ${sigle} » : un sigle s’écrit en toutes lettres dans le résumé facile à lire ; sinon, écrivez ce mot en minuscules`,
  }));
}

/** Every leaf value of parsed YAML, with its path. */
function* feuilles(v: unknown, path: PropertyKey[] = []): Generator<[PropertyKey[], unknown]> {
  if (v && typeof v === 'object' && !(v instanceof Date)) {
    for (const [k, x] of Object.entries(v)) yield* feuilles(x, [...path, Array.isArray(v) ? Number(k) : k]);
  } else yield [path, v];
}

/** Line by line: no personal contact anywhere, no template hint left in the body. */
export function verifierLignes(fichier: string, texte: string): Probleme[] {
  const problemes: Probleme[] = [];
  const finEntete = texte.startsWith('---') ? texte.split('\n').indexOf('---', 1) : -1;
  texte.split('\n').forEach((l, i) => {
    const ajouter = (message: string) => problemes.push({ fichier, ligne: i + 1, message });
    // The address pattern is slow to fail on every word of a line: only a line with an « @ » can hold one.
    if (l.includes('@') && COURRIEL.test(l))
      ajouter('adresse e-mail interdite : ne publiez aucun contact personnel, seulement le site de l’institution (champ « liens »)');
    if (TELEPHONE.test(l))
      ajouter('numéro de téléphone interdit : ne publiez aucun contact personnel, seulement le site de l’institution (champ « liens »)');
    if (i > finEntete && l.includes(CONSIGNE)) ajouter(`consigne « ${CONSIGNE} » du modèle encore présente : remplacez-la par votre texte`);
  });
  return problemes;
}

export const normaliserTitre = (t: string) => t.replace(/'/g, '’').replace(/\s+/g, ' ').trim();

/** A section of the body: its H2 title, line, and whether any text follows it before the next H2. */
export interface Section {
  titre: string;
  ligne: number;
  vide: boolean;
}

/** The sections of a body read line by line (outside code blocks): for the form, and for a body MDX cannot parse. */
export function sectionsDe(texte: string): Section[] {
  const sections: Section[] = [];
  let code = false;
  texte.split('\n').forEach((l, i) => {
    if (/^\s{0,3}(```|~~~)/.test(l)) code = !code;
    const h2 = !code && /^\s{0,3}##\s+(.*?)\s*#*\s*$/.exec(l);
    if (h2) sections.push({ titre: normaliserTitre(h2[1]!), ligne: i + 1, vide: true });
    else if (sections.length && l.trim() && !/^\s{0,3}#{3,6}\s/.test(l)) sections.at(-1)!.vide = false;
  });
  return sections;
}

/** The H2s: known titles, in the contract's order, each once, the required ones present and not empty. */
export function verifierSections(fichier: string, h2: readonly Section[]): Probleme[] {
  const problemes: Probleme[] = [];
  const titres = SECTIONS.map((s) => s.titre as string);
  let precedent = -1;
  const vus = new Set<number>();
  for (const { titre, ligne, vide } of h2) {
    const i = titres.indexOf(titre);
    if (i < 0) {
      problemes.push({
        fichier,
        ligne,
        message: `section « ${titre} » inconnue${vouliezVousDire(titre, titres) || '.'} Sections permises, dans l’ordre : ${titres.join(', ')} (sous-titres en « ### »)`,
      });
      continue;
    }
    if (vide && SECTIONS[i]!.requise)
      problemes.push({
        fichier,
        ligne,
        message: `section obligatoire « ## ${titre} » vide : écrivez son texte, ou « ${NON_RENSEIGNE} » si la source n’en dit rien`,
      });
    if (vus.has(i)) problemes.push({ fichier, ligne, message: `section « ${titre} » en double` });
    else if (i < precedent)
      problemes.push({ fichier, ligne, message: `section « ${titre} » mal placée : elle doit venir avant « ${titres[precedent]} »` });
    vus.add(i);
    precedent = Math.max(precedent, i);
  }
  const fin = h2.at(-1)?.ligne ?? 1;
  for (const [i, s] of SECTIONS.entries()) {
    if (s.requise && !vus.has(i)) {
      problemes.push({
        fichier,
        ligne: fin,
        message: `section obligatoire « ## ${s.titre} » absente : ajoutez-la (écrivez « ${NON_RENSEIGNE} » si la source n’en dit rien)`,
      });
    }
  }
  return problemes;
}
