// Checks sheets against the contract: frontmatter (zod), body structure, MDX safety, privacy,
// then the catalogue as a whole (links between sheets, old slugs). Every problem is collected,
// never only the first, each with its file, line and field.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mdxToMdast } from 'satteri';
import { z } from 'zod';
import { champA } from '../schema/champs.ts';
import { fiche, thematiquePage } from '../schema/fiche.ts';
import { verifierGlossaire, verifierSynonymes } from './listes-fs.ts';
import { PAYS, THEMATIQUES } from '../schema/vocabulaire.ts';
import { FACETTES } from './facettes.ts';
import { aSaListe } from './listes.ts';
import {
  CONSIGNE,
  normaliserTitre,
  sectionsDe,
  verifierFacileALire,
  verifierFrontmatter,
  verifierLignes,
  verifierSections,
  type Probleme,
  type Section,
} from './controles.ts';
import { nombre } from './format.ts';
import { baliseDans, messageBalise } from './html-brut.ts';
import { vouliezVousDire } from './erreurs.ts';
import { blocFrontmatter, lireDonnees, normaliserTexte } from './frontmatter.ts';
import { existe, routesDuSite, segmentsDynamiques } from './routes-fs.ts';
import { REGLAGES } from './env-fs.ts';
import { segmentAnnee } from './frise.ts';
import { estSegmentPage, segmentsSuivants } from './pagination.ts';
import { EXEMPLE_SLUG, REGLE_SLUG, SLUG, slugify } from './slug.ts';

export { formater, type Probleme } from './controles.ts';

/** The verifier's last line: « 3 problèmes dans 2 fichiers : corrigez-les puis relancez… » */
export const conclusion = (problemes: readonly Probleme[]) =>
  `${bilan(problemes)} : corrigez-${problemes.length > 1 ? 'les' : 'le'} puis relancez « npm run verifier ».`;

/** « 3 problèmes dans 2 fichiers » */
export const bilan = (problemes: readonly Probleme[]) =>
  `${nombre(problemes.length, 'problème')} dans ${nombre(new Set(problemes.map((p) => p.fichier)).size, 'fichier')}`;

export interface FicheLue {
  slug: string;
  fichier: string;
  donnees?: z.output<typeof fiche>;
  liens: { url: string; ligne: number }[];
  /** Line of a frontmatter field. */
  ligne: ReturnType<typeof verifierFrontmatter>['ligne'];
}

/** Components a sheet may use. None yet: plain Markdown only. */
export const COMPOSANTS_PERMIS: readonly string[] = [];

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

/**
 * The frontmatter read and checked; only a file with a problem pays for the slower parse that locates
 * each one by line (most files have none, and a catalogue may hold thousands).
 */
function verifierFrontmatterRapide(fichier: string, texte: string, schema: z.ZodType): ReturnType<typeof verifierFrontmatter> {
  const bloc = blocFrontmatter(texte);
  try {
    const r = schema.safeParse(lireDonnees(bloc) ?? {});
    if (bloc !== undefined && r.success && !bloc.includes(CONSIGNE)) {
      let lignes: ReturnType<typeof verifierFrontmatter>['ligne'] | undefined;
      return {
        problemes: [],
        donnees: r.data,
        brut: r.data,
        ligne: (path) => (lignes ??= verifierFrontmatter(fichier, texte, schema).ligne)(path),
      };
    }
  } catch {
    // unreadable YAML: the full parse below says where
  }
  return verifierFrontmatter(fichier, texte, schema);
}

/** Body of a sheet: MDX syntax, H2 sections, safety, images, privacy. Returns internal links found. */
export function verifierCorps(fichier: string, texte: string, sections = true): { problemes: Probleme[]; liens: FicheLue['liens'] } {
  const problemes: Probleme[] = [];
  const liens: FicheLue['liens'] = [];
  const ajouter = (ligne: number, message: string) => problemes.push({ fichier, ligne, message });

  problemes.push(...verifierLignes(fichier, texte));

  let arbre: Noeud;
  try {
    arbre = mdxToMdast(texte) as unknown as Noeud;
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const m = /^(\d+):(\d+):\s*(.*)$/s.exec(msg);
    const ligne = m ? Number(m[1]) : 1;
    const balise = baliseDans(texte.split('\n')[ligne - 1] ?? '');
    ajouter(
      ligne,
      balise
        ? messageBalise(balise.nom, balise.attributs)
        : `syntaxe MDX invalide : ${(m?.[3] ?? msg).split('\n')[0]}. En texte courant, une accolade s’écrit \\{ et un chevron < s’écrit &lt;`,
    );
    // The rest of the body is still checked, read line by line.
    if (sections) problemes.push(...verifierSections(fichier, sectionsDe(texte)));
    return { problemes, liens };
  }

  const h2: Section[] = [];
  for (const n of arbre.children ?? []) {
    if (n.type === 'heading' && n.depth === 2)
      h2.push({ titre: normaliserTitre(texteDe(n)), ligne: n.position?.start.line ?? 1, vide: true });
    else if (h2.length && n.type !== 'heading') h2.at(-1)!.vide = false;
  }
  for (const n of parcourir(arbre)) {
    const ligne = n.position?.start.line ?? 1;
    switch (n.type) {
      case 'heading':
        if (n.depth === 1)
          ajouter(ligne, 'titre de niveau 1 (« # ») interdit dans le corps : le titre vient du champ « titre » ; utilisez « ## »');
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
        if (!COMPOSANTS_PERMIS.includes(nom))
          ajouter(
            ligne,
            messageBalise(
              nom,
              (n.attributes ?? []).flatMap((a) => (a.name ? [a.name] : [])),
            ),
          );
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

const mdx = (dossier: string) =>
  readdirSync(dossier, { withFileTypes: true })
    .filter((f) => f.isFile() && !f.name.startsWith('.'))
    .map((f) => f.name)
    .sort();

/** The sheets' own checks, file by file: name, frontmatter, easy-to-read summary, body. */
export function verifierFiches(
  racine: string,
  base: string,
  noms: readonly string[],
  glossaire: Parameters<typeof verifierFacileALire>[3],
): { problemes: Probleme[]; fiches: FicheLue[] } {
  const problemes: Probleme[] = [];
  const fiches: FicheLue[] = [];
  for (const nom of noms) {
    const chemin = join(racine, 'pratiques', nom);
    const fichier = relative(base, chemin);
    const slug = nom.replace(/\.mdx$/, '');
    if (!nom.endsWith('.mdx')) {
      problemes.push({ fichier, ligne: 1, message: 'une fiche est un fichier « .mdx » : renommez-le' });
      continue;
    }
    if (!SLUG.test(slug)) {
      problemes.push({
        fichier,
        ligne: 1,
        message: `nom de fichier « ${nom} » invalide : ${REGLE_SLUG} (ex. « ${slugify(slug) || EXEMPLE_SLUG}.mdx »)`,
      });
    } else if (estSegmentPage(slug)) {
      problemes.push({
        fichier,
        ligne: 1,
        message: `nom de fichier « ${nom} » réservé : c’est l’adresse d’une page de la liste des pratiques`,
      });
    }
    const texte = normaliserTexte(readFileSync(chemin, 'utf8'));
    const fm = verifierFrontmatterRapide(fichier, texte, fiche);
    const corps = verifierCorps(fichier, texte);
    problemes.push(...fm.problemes, ...verifierFacileALire(fichier, fm.brut, fm.ligne, glossaire), ...corps.problemes);
    fiches.push({ slug, fichier, donnees: fm.donnees as FicheLue['donnees'], liens: corps.liens, ligne: fm.ligne });
  }
  return { problemes, fiches };
}

/** The sheets' file names, in order. */
export const nomsFiches = (racine: string) => mdx(join(racine, 'pratiques'));

/** Every sheet and theme page under `racine` (the folder holding `pratiques/` and `thematiques/`). */
export function verifierCatalogue(racine: string, base = process.cwd()): { problemes: Probleme[]; fiches: FicheLue[] } {
  const glossaire = verifierGlossaire(racine, base);
  return verifierReste(racine, base, glossaire, verifierFiches(racine, base, nomsFiches(racine), glossaire.entrees));
}

/**
 * The catalogue once its glossary is read and its sheets are checked: theme pages, glossary, synonyms,
 * links between sheets; every problem sorted by file and line.
 */
export function verifierReste(
  racine: string,
  base: string,
  glossaire: ReturnType<typeof verifierGlossaire>,
  { problemes, fiches }: { problemes: Probleme[]; fiches: FicheLue[] },
): { problemes: Probleme[]; fiches: FicheLue[] } {
  const themes = new Set<string>();
  for (const nom of mdx(join(racine, 'thematiques'))) {
    const chemin = join(racine, 'thematiques', nom);
    const fichier = relative(base, chemin);
    const slug = nom.replace(/\.mdx$/, '');
    themes.add(slug);
    if (!(slug in THEMATIQUES)) {
      problemes.push({
        fichier,
        ligne: 1,
        message: `page de thématique « ${nom} » : le nom doit être une valeur de « thematique »${vouliezVousDire(slug, Object.keys(THEMATIQUES), (p) => `${p}.mdx`)}`,
      });
    }
    const texte = normaliserTexte(readFileSync(chemin, 'utf8'));
    problemes.push(...verifierFrontmatter(fichier, texte, thematiquePage).problemes, ...verifierCorps(fichier, texte, false).problemes);
  }
  for (const t of Object.keys(THEMATIQUES)) {
    if (!themes.has(t))
      problemes.push({
        fichier: relative(base, join(racine, 'thematiques', `${t}.mdx`)),
        ligne: 1,
        message: `page de thématique manquante pour « ${t} »`,
      });
  }

  problemes.push(...glossaire.problemes, ...verifierSynonymes(racine, base).problemes);
  problemes.push(...verifierLiens(fiches, themes));
  return { problemes: problemes.sort((a, b) => a.fichier.localeCompare(b.fichier) || a.ligne - b.ligne), fiches };
}

const ROUTES = routesDuSite(fileURLToPath(new URL('../pages/', import.meta.url)));

/** The values each dynamic segment of src/pages takes, as their getStaticPaths give them. */
export function valeursDynamiques(
  fiches: readonly FicheLue[],
  themes: ReadonlySet<string>,
  anciens: ReadonlySet<string>,
): Record<string, Set<string>> {
  const donnees = fiches.flatMap((f) => (f.donnees ? [f.donnees] : []));
  // A listing holds at most every sheet: its later pages are among the catalogue's.
  const pages = new Set(segmentsSuivants(fiches.length, REGLAGES.fichesParPage));
  const paginees = ROUTES.flatMap(segmentsDynamiques).filter((s) => s.endsWith('/[...page]'));
  return {
    ...Object.fromEntries(paginees.map((s) => [s, pages])),
    '/pratiques/[slug]': new Set([...fiches.map((f) => f.slug), ...anciens]),
    '/thematiques/[slug]': new Set(themes),
    '/publics/[public]': new Set(donnees.flatMap((d) => d.publics)),
    '/territoires/[pays]': new Set(Object.keys(PAYS).map(slugify)),
    '/territoires/france/[departement]': new Set(donnees.flatMap((d) => d.territoire.departements.map((c) => c.toLowerCase()))),
    '/chronologie/[annee]': new Set(donnees.map((d) => segmentAnnee(d.annee ?? null))),
    '/parcourir/[facette]': new Set(FACETTES.filter((f) => !aSaListe(f.cle)).map((f) => f.cle)),
    '/parcourir/[facette]/[valeur]': new Set(
      FACETTES.filter((f) => !aSaListe(f.cle)).flatMap((f) => donnees.flatMap((d) => f.valeurs(d).map(slugify))),
    ),
  };
}

/** Cross-sheet rules: `fichesLiees` and internal links resolve, no slug is claimed twice. */
function verifierLiens(fiches: FicheLue[], themes: ReadonlySet<string>): Probleme[] {
  const problemes: Probleme[] = [];
  const slugs = new Set(fiches.map((f) => f.slug));
  const proprietaire = new Map<string, string>();
  for (const f of fiches) {
    const d = f.donnees;
    if (!d) continue;
    // Lines are looked up only for a problem: finding them costs a full parse of the file.
    const signaler = (champ: string, i: number, message: string) =>
      problemes.push({
        fichier: f.fichier,
        ligne: f.ligne([champ, i]),
        champ: `${champ}[${i}]`,
        libelle: champA(fiche, champ)?.libelle,
        message,
      });
    d.fichesLiees.forEach((cible, i) => {
      if (cible === f.slug) signaler('fichesLiees', i, 'une fiche ne peut pas se lier à elle-même');
      else if (!slugs.has(cible)) {
        signaler(
          'fichesLiees',
          i,
          `la fiche « ${cible} » n’existe pas${vouliezVousDire(
            cible,
            [...slugs].filter((s) => s !== f.slug),
          )} (un nom de fichier de content/pratiques, sans « .mdx »)`,
        );
      }
    });
    d.anciensSlugs.forEach((ancien, i) => {
      if (slugs.has(ancien))
        signaler('anciensSlugs', i, `« ${ancien} » est le nom d’une fiche existante : un ancien nom ne peut pas être réutilisé`);
      else if (proprietaire.has(ancien)) signaler('anciensSlugs', i, `« ${ancien} » est déjà revendiqué par ${proprietaire.get(ancien)}`);
      else proprietaire.set(ancien, f.fichier);
    });
  }
  const valeurs = valeursDynamiques(fiches, themes, new Set(proprietaire.keys()));
  for (const f of fiches) {
    for (const { url, ligne } of f.liens) {
      const chemin = url.split(/[#?]/)[0]!;
      if (!existe(chemin, ROUTES, valeurs)) {
        const page = existe(`${chemin}/`, ROUTES, valeurs) ? ` : vouliez-vous dire « ${chemin}/ » ?` : '';
        problemes.push({ fichier: f.fichier, ligne, message: `lien interne « ${url} » cassé : aucune page à cette adresse${page}` });
      }
    }
  }
  return problemes;
}
