// Checks sheets against the contract: frontmatter (zod), body structure, MDX safety, privacy,
// then the catalogue as a whole (links between sheets, old slugs). Every problem is collected,
// never only the first, each with its file, line and field.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { mdxToMdast } from 'satteri';
import type { z } from 'zod';
import { fiche, SLUG, thematiquePage } from '../schema/fiche.ts';
import { SECTIONS, THEMATIQUES } from '../schema/vocabulaire.ts';
import { cheminChamp, messageFrancais, suggestion } from './erreurs.ts';
import { lireFrontmatter } from './frontmatter.ts';

export interface Probleme {
  fichier: string;
  ligne: number;
  champ?: string;
  message: string;
}

export interface FicheLue {
  slug: string;
  fichier: string;
  donnees?: z.output<typeof fiche>;
  liens: { url: string; ligne: number }[];
  /** Line of a frontmatter field. */
  ligne: (path: readonly PropertyKey[]) => number;
}

/** Components a sheet may use. None yet: plain Markdown only. */
export const COMPOSANTS_PERMIS: readonly string[] = [];

const COURRIEL = /[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/i;
const TELEPHONE = /(?:\+33\s?|\+32\s?|\+41\s?|\b0)[1-9](?:[\s.-]?\d{2}){4}\b/;

export function formater(p: Probleme): string {
  return `${p.fichier}:${p.ligne}: ${p.champ ? `champ « ${p.champ} » : ` : ''}${p.message}`;
}

type Noeud = {
  type: string;
  children?: Noeud[];
  position?: { start: { line: number } };
  depth?: number;
  value?: string;
  url?: string;
  alt?: string | null;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
};

function* parcourir(n: Noeud): Generator<Noeud> {
  yield n;
  for (const c of n.children ?? []) yield* parcourir(c);
}
const texteDe = (n: Noeud): string => (n.value ?? '') + (n.children ?? []).map(texteDe).join('');
const normaliserTitre = (t: string) => t.replace(/'/g, '’').replace(/\s+/g, ' ').trim();

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

/** Frontmatter against a zod schema: one problem per issue, with its line. */
export function verifierFrontmatter(
  fichier: string,
  texte: string,
  schema: z.ZodType,
): { problemes: Probleme[]; donnees?: unknown; ligne: FicheLue['ligne'] } {
  const fm = lireFrontmatter(texte);
  if (!fm) {
    return { ligne: () => 1, problemes: [{ fichier, ligne: 1, message: 'pas d’en-tête : le fichier doit commencer par une ligne « --- », les champs, puis une ligne « --- »' }] };
  }
  if (fm.erreurs.length) {
    return { ligne: fm.ligne, problemes: fm.erreurs.map((e) => ({ fichier, ligne: e.ligne, message: `en-tête YAML illisible : ${e.message}` })) };
  }
  const r = schema.safeParse(fm.data ?? {});
  if (r.success) return { problemes: [], donnees: r.data, ligne: fm.ligne };
  const problemes = r.error.issues.map((issue) => {
    const champ = cheminChamp(issue.path);
    const trouve = valeurA(fm.data, issue.path);
    const cles = issue.code === 'unrecognized_keys' ? clesAuChemin(schema, issue.path) : [];
    const ligne = issue.code === 'unrecognized_keys' ? fm.ligne([...issue.path, issue.keys[0]!]) : fm.ligne(issue.path);
    return { fichier, ligne, champ: champ || undefined, message: messageFrancais(issue, trouve, cles) };
  });
  return { problemes, ligne: fm.ligne };
}

/** Body of a sheet: MDX syntax, H2 sections, safety, images, privacy. Returns internal links found. */
export function verifierCorps(fichier: string, texte: string, sections = true): { problemes: Probleme[]; liens: FicheLue['liens'] } {
  const problemes: Probleme[] = [];
  const liens: FicheLue['liens'] = [];
  const ajouter = (ligne: number, message: string) => problemes.push({ fichier, ligne, message });

  texte.split('\n').forEach((l, i) => {
    if (COURRIEL.test(l)) ajouter(i + 1, 'adresse e-mail interdite : ne publiez aucun contact personnel, seulement le site de l’institution (champ « liens »)');
    if (TELEPHONE.test(l)) ajouter(i + 1, 'numéro de téléphone interdit : ne publiez aucun contact personnel, seulement le site de l’institution (champ « liens »)');
  });

  let arbre: Noeud;
  try {
    arbre = mdxToMdast(texte) as unknown as Noeud;
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const m = /^(\d+):(\d+):\s*(.*)$/s.exec(msg);
    ajouter(m ? Number(m[1]) : 1, `syntaxe MDX invalide : ${(m?.[3] ?? msg).split('\n')[0]}. En texte courant, une accolade s’écrit \\{ et un chevron < s’écrit &lt;`);
    return { problemes, liens };
  }

  const h2: { titre: string; ligne: number }[] = [];
  for (const n of parcourir(arbre)) {
    const ligne = n.position?.start.line ?? 1;
    switch (n.type) {
      case 'heading':
        if (n.depth === 1) ajouter(ligne, 'titre de niveau 1 (« # ») interdit dans le corps : le titre vient du champ « titre » ; utilisez « ## »');
        if (n.depth === 2) h2.push({ titre: normaliserTitre(texteDe(n)), ligne });
        if ((n.depth ?? 0) > 3) ajouter(ligne, 'niveau de titre trop profond : utilisez « ## » ou « ### »');
        break;
      case 'mdxjsEsm':
        ajouter(ligne, '« import » et « export » sont interdits dans une fiche : écrivez du Markdown simple');
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        ajouter(ligne, 'expression entre accolades interdite : en texte courant, écrivez \\{ et \\}');
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const nom = n.name ?? '';
        if (nom.toLowerCase() === 'script') ajouter(ligne, 'balise <script> interdite dans une fiche');
        else if (!COMPOSANTS_PERMIS.includes(nom)) {
          ajouter(ligne, `balise <${nom}> non permise : une fiche s’écrit en Markdown simple${COMPOSANTS_PERMIS.length ? ` (composants permis : ${COMPOSANTS_PERMIS.join(', ')})` : ''}`);
        }
        for (const a of n.attributes ?? []) {
          if (a.name && /^on/i.test(a.name)) ajouter(ligne, `attribut « ${a.name} » interdit : aucun script dans une fiche`);
        }
        break;
      }
      case 'link':
        if (/^\s*javascript:/i.test(n.url ?? '')) ajouter(ligne, 'lien « javascript: » interdit');
        else if ((n.url ?? '').startsWith('/')) liens.push({ url: n.url!, ligne });
        break;
      case 'image':
        if (!n.alt?.trim()) ajouter(ligne, 'image sans texte alternatif : écrivez ![description de l’image](adresse)');
        break;
    }
  }
  if (sections) problemes.push(...verifierSections(fichier, h2));
  return { problemes, liens };
}

/** The H2s: known titles, in the contract's order, each once, the required ones present. */
export function verifierSections(fichier: string, h2: { titre: string; ligne: number }[]): Probleme[] {
  const problemes: Probleme[] = [];
  const titres = SECTIONS.map((s) => s.titre as string);
  let precedent = -1;
  const vus = new Set<number>();
  for (const { titre, ligne } of h2) {
    const i = titres.indexOf(titre);
    if (i < 0) {
      const proche = suggestion(titre, titres);
      problemes.push({ fichier, ligne, message: `section « ${titre} » inconnue${proche ? ` : vouliez-vous dire « ${proche} » ?` : ''} Sections permises, dans l’ordre : ${titres.join(', ')} (sous-titres en « ### »)` });
      continue;
    }
    if (vus.has(i)) problemes.push({ fichier, ligne, message: `section « ${titre} » en double` });
    else if (i < precedent) problemes.push({ fichier, ligne, message: `section « ${titre} » mal placée : elle doit venir avant « ${titres[precedent]} »` });
    vus.add(i);
    precedent = Math.max(precedent, i);
  }
  const fin = h2.at(-1)?.ligne ?? 1;
  for (const [i, s] of SECTIONS.entries()) {
    if (s.requise && !vus.has(i)) {
      problemes.push({ fichier, ligne: fin, message: `section obligatoire « ## ${s.titre} » absente : ajoutez-la (écrivez « Non renseigné dans la source. » si la source n’en dit rien)` });
    }
  }
  return problemes;
}

const mdx = (dossier: string) =>
  readdirSync(dossier, { withFileTypes: true }).filter((f) => f.isFile() && !f.name.startsWith('.')).map((f) => f.name).sort();

/** Every sheet and theme page under `racine` (the folder holding `pratiques/` and `thematiques/`). */
export function verifierCatalogue(racine: string, base = process.cwd()): { problemes: Probleme[]; fiches: FicheLue[] } {
  const problemes: Probleme[] = [];
  const fiches: FicheLue[] = [];

  for (const nom of mdx(join(racine, 'pratiques'))) {
    const chemin = join(racine, 'pratiques', nom);
    const fichier = relative(base, chemin);
    const slug = nom.replace(/\.mdx$/, '');
    if (!nom.endsWith('.mdx')) {
      problemes.push({ fichier, ligne: 1, message: 'une fiche est un fichier « .mdx » : renommez-le' });
      continue;
    }
    if (!SLUG.test(slug)) {
      problemes.push({ fichier, ligne: 1, message: `nom de fichier « ${nom} » invalide : minuscules sans accents, mots reliés par des tirets (ex. « conferences-familiales-ardeche.mdx »)` });
    }
    const texte = readFileSync(chemin, 'utf8');
    const fm = verifierFrontmatter(fichier, texte, fiche);
    const corps = verifierCorps(fichier, texte);
    problemes.push(...fm.problemes, ...corps.problemes);
    fiches.push({ slug, fichier, donnees: fm.donnees as FicheLue['donnees'], liens: corps.liens, ligne: fm.ligne });
  }

  const themes = new Set<string>();
  for (const nom of mdx(join(racine, 'thematiques'))) {
    const chemin = join(racine, 'thematiques', nom);
    const fichier = relative(base, chemin);
    const slug = nom.replace(/\.mdx$/, '');
    themes.add(slug);
    if (!(slug in THEMATIQUES)) {
      const proche = suggestion(slug, Object.keys(THEMATIQUES));
      problemes.push({ fichier, ligne: 1, message: `page de thématique « ${nom} » : le nom doit être une valeur de « thematique »${proche ? ` ; vouliez-vous dire « ${proche}.mdx » ?` : ''}` });
    }
    const texte = readFileSync(chemin, 'utf8');
    problemes.push(...verifierFrontmatter(fichier, texte, thematiquePage).problemes, ...verifierCorps(fichier, texte, false).problemes);
  }
  for (const t of Object.keys(THEMATIQUES)) {
    if (!themes.has(t)) problemes.push({ fichier: relative(base, join(racine, 'thematiques', `${t}.mdx`)), ligne: 1, message: `page de thématique manquante pour « ${t} »` });
  }

  problemes.push(...verifierLiens(fiches));
  return { problemes, fiches };
}

/** Cross-sheet rules: `fichesLiees` and internal links resolve, no slug is claimed twice. */
function verifierLiens(fiches: FicheLue[]): Probleme[] {
  const problemes: Probleme[] = [];
  const slugs = new Set(fiches.map((f) => f.slug));
  const proprietaire = new Map<string, string>();
  for (const f of fiches) {
    const d = f.donnees;
    if (!d) continue;
    d.fichesLiees.forEach((cible, i) => {
      const ligne = f.ligne(['fichesLiees', i]);
      if (cible === f.slug) problemes.push({ fichier: f.fichier, ligne, champ: `fichesLiees[${i}]`, message: 'une fiche ne peut pas se lier à elle-même' });
      else if (!slugs.has(cible)) {
        const proche = suggestion(cible, [...slugs].filter((s) => s !== f.slug));
        problemes.push({ fichier: f.fichier, ligne, champ: `fichesLiees[${i}]`, message: `la fiche « ${cible} » n’existe pas${proche ? ` : vouliez-vous dire « ${proche} » ?` : ''} (un nom de fichier de content/pratiques, sans « .mdx »)` });
      }
    });
    d.anciensSlugs.forEach((ancien, i) => {
      const ligne = f.ligne(['anciensSlugs', i]);
      if (slugs.has(ancien)) problemes.push({ fichier: f.fichier, ligne, champ: `anciensSlugs[${i}]`, message: `« ${ancien} » est le nom d’une fiche existante : un ancien nom ne peut pas être réutilisé` });
      else if (proprietaire.has(ancien)) problemes.push({ fichier: f.fichier, ligne, champ: `anciensSlugs[${i}]`, message: `« ${ancien} » est déjà revendiqué par ${proprietaire.get(ancien)}` });
      else proprietaire.set(ancien, f.fichier);
    });
  }
  const anciens = new Set(proprietaire.keys());
  for (const f of fiches) {
    for (const { url, ligne } of f.liens) {
      const m = /^\/pratiques\/([^/#?]+)\/?(?:[#?].*)?$/.exec(url);
      const t = /^\/thematiques\/([^/#?]+)\/?(?:[#?].*)?$/.exec(url);
      const ok = m ? slugs.has(m[1]!) || anciens.has(m[1]!) : t ? t[1]! in THEMATIQUES : ROUTES_FIXES.some((r) => url.split(/[#?]/)[0] === r);
      if (!ok) problemes.push({ fichier: f.fichier, ligne, message: `lien interne « ${url} » cassé : aucune page à cette adresse` });
    }
  }
  return problemes;
}

const ROUTES_FIXES = ['/', '/pratiques/', '/thematiques/', '/recherche/', '/glossaire/', '/a-propos/', '/contribuer/', '/selection/'];
