// Splits a sheet into its YAML frontmatter and body, keeping line numbers for error messages.
// Two parsers: js-yaml reads a valid file several times faster; `yaml` locates each problem by line.
import { CORE_SCHEMA, load } from 'js-yaml';
import { LineCounter, parseDocument, isMap, isPair, isScalar, type Document, type Node } from 'yaml';

export interface Frontmatter {
  /** Parsed data, or undefined when the YAML itself is broken. */
  data: unknown;
  /** Line (1-based, in the file) of the value at a path, or of its closest existing parent. */
  ligne(path: readonly PropertyKey[]): number;
  /** YAML syntax problems, with their line. */
  erreurs: { ligne: number; message: string }[];
}

const DEBUT = /^---\n/;

/** A file as saved on any system: without a byte-order mark, lines ending in \n (line numbers unchanged). */
export const normaliserTexte = (texte: string) => texte.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

/** The YAML between the opening and closing `---` lines; undefined when the file has none. */
export function blocFrontmatter(texte: string): string | undefined {
  if (!DEBUT.test(texte)) return undefined;
  const fin = texte.slice(4).search(/^---\s*$/m);
  return fin < 0 ? undefined : texte.slice(4, 4 + fin);
}

/** The body: what follows the frontmatter's closing `---` line (the whole text without one), trimmed as Astro keeps it. */
export function corpsDe(texte: string): string {
  const bloc = blocFrontmatter(texte);
  return (bloc === undefined ? texte : texte.slice(4 + bloc.length).replace(/^---.*/, '')).trim();
}

/**
 * Frontmatter data with YAML's core schema: a date stays the text written, so that « 2026-02-30 » is
 * refused rather than rolled over. Throws on broken YAML (a key written twice included).
 */
export const lireDonnees = (bloc: string | undefined): unknown =>
  bloc === undefined ? undefined : load(bloc, { schema: CORE_SCHEMA, json: false });

export function lireFrontmatter(texte: string): Frontmatter | undefined {
  const yamlTexte = blocFrontmatter(texte);
  return yamlTexte === undefined ? undefined : lireYaml(yamlTexte, 1); // 1: the opening ---
}

/** A whole YAML (or JSON) document, with the line of each value; `decalage` lines come before it in its file. */
export function lireYaml(yamlTexte: string, decalage = 0): Frontmatter {
  const compteur = new LineCounter();
  const doc: Document = parseDocument(yamlTexte, { lineCounter: compteur, prettyErrors: false, uniqueKeys: true });
  const ligneA = (offset: number) => compteur.linePos(offset).line + decalage;
  const erreurs = doc.errors.map((e) => ({ ligne: ligneA(e.pos[0]), message: e.message.split('\n')[0] ?? e.message }));

  const ligne = (path: readonly PropertyKey[]) => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true) as Node | undefined;
      if (node && typeof node === 'object' && 'range' in node && node.range) {
        // Point at the key rather than at a block value that starts on the next line.
        const cle = n > 0 ? cleDe(doc, path.slice(0, n)) : undefined;
        return ligneA((cle ?? node).range![0]);
      }
    }
    return decalage + 1;
  };
  return { data: erreurs.length ? undefined : doc.toJS(), ligne, erreurs };
}

function cleDe(doc: Document, path: readonly PropertyKey[]): Node | undefined {
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1) as unknown[], true) : doc.contents;
  const dernier = path[path.length - 1];
  if (!isMap(parent)) return undefined;
  const paire = parent.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === dernier);
  return paire && isScalar(paire.key) ? paire.key : undefined;
}
