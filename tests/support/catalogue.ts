// The real catalogue as the tests of a build see it (projects build and browser: `astro:content` reads
// the store the build synced), and sheets, words and facet values chosen in it BY PROPERTY, so that the
// tests hold for any valid catalogue: a sheet added or removed changes what is picked, not the verdict.
import { getCollection, type CollectionEntry } from 'astro:content';
import { parse } from 'node-html-parser';
import { SECTIONS, THEMATIQUES } from '../../src/schema/vocabulaire.ts';
import { slugify } from '../../src/lib/slug.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Synonymes } from '../../src/schema/fiche.ts';
import { motsDe } from '../../src/lib/vocabulaire.ts';
import { CONTENU, html } from './site.ts';

export type Fiche = CollectionEntry<'pratiques'>;
export type Donnees = Fiche['data'];

/** Every sheet, by slug. */
export const fiches: readonly Fiche[] = (await getCollection('pratiques')).sort((a, b) => a.id.localeCompare(b.id));
/** Every theme page, by slug. */
export const thematiques = (await getCollection('thematiques')).sort((a, b) => a.id.localeCompare(b.id));

/** The glossary's entries, and its page: indexed too, as type `glossaire`. */
export const glossaire = (await getCollection('glossaire')).map((g) => g.data);
export const GLOSSAIRE = '/glossaire/';

export const titre = (slug: string) => fiches.find((f) => f.id === slug)!.data.titre;
export const chemin = (f: Fiche | string) => `/pratiques/${typeof f === 'string' ? f : f.id}/`;
/** Slugs of the sheets whose data pass `garder`, sorted. */
export const slugsOu = (garder: (d: Donnees) => boolean) =>
  fiches
    .filter((f) => garder(f.data))
    .map((f) => f.id)
    .sort();
/** The themes a sheet is listed under: its main one and its associated ones. */
export const themesDe = (d: Donnees): string[] => [d.thematique, ...d.thematiquesAssociees];

/** The first sheet with a property; fails, naming the property, if the catalogue has none. */
export function ficheOu(propriete: string, garder: (f: Fiche) => boolean): Fiche {
  const f = fiches.find(garder);
  if (!f) throw new Error(`aucune fiche du catalogue n’a cette propriété : ${propriete}`);
  return f;
}

/** The anchors of the sections every sheet has, from the contract. */
export const ANCRES_REQUISES = SECTIONS.filter((s) => s.requise).map((s) => ({ titre: s.titre, id: slugify(s.titre) }));

// --- Words ---------------------------------------------------------------------------------------

/** Lowercase, without accents: how Pagefind compares words. */
export const replier = (texte: string) =>
  texte
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
/**
 * The words of a sheet's prose (its body without headings, link targets nor tags), as a search engine
 * splits them: between spaces and punctuation, and only those made of letters alone (« d’avancée » is
 * not « avancée »).
 */
export const motsDuCorps = (f: Fiche) =>
  (f.body ?? '')
    .replace(/^#.*$/gm, '')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<[^>]*>/g, ' ')
    .split(/\s+/)
    .map((m) => m.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((m) => /^\p{L}+$/u.test(m));

const textePage = (chemin: string) => replier(parse(html(chemin)).querySelector('body')!.text);
const textes = new Map<string, string>([
  ...fiches.map((f) => [chemin(f), textePage(`pratiques/${f.id}/`)] as const),
  ...thematiques.map((t) => [`/thematiques/${t.id}/`, textePage(`thematiques/${t.id}/`)] as const),
  [GLOSSAIRE, textePage('glossaire/')],
]);
/** The indexed pages (sheets, themes, the glossary) whose built text holds `mot`, or what a stemmer could make of it. */
export const pagesAvec = (mot: string) => {
  const racine = replier(mot).slice(0, Math.max(5, mot.length - 2));
  return [...textes].filter(([, t]) => t.includes(racine)).map(([c]) => c);
};

/**
 * A word of a sheet's body that no other indexed page holds, even shortened as a stemmer would:
 * searching for it must give that sheet alone. The first such word of the first (dated) sheet that has one.
 */
export const REPERE = (() => {
  for (const f of fiches.filter((x) => x.data.annee !== null)) {
    const mot = motsDuCorps(f).find((m) => m.length >= 7 && pagesAvec(m).join() === chemin(f));
    if (mot) return { fiche: f, mot };
  }
  throw new Error('aucune fiche datée n’a de mot qui lui soit propre');
})();

/**
 * A word with an accent far from its end, ending in « e » so that its plural is regular
 * (« conférence », « conférences », « conference »): the first one of the first sheet that has one.
 */
export const ACCENTUE = (() => {
  for (const f of fiches) {
    const mot = motsDuCorps(f).find(
      (m) =>
        m.length >= 8 &&
        /^\p{Ll}+e$/u.test(m) &&
        !/[^a-z]/.test(replier(m)) &&
        replier(m.slice(0, -3)) !== m.slice(0, -3) &&
        replier(m.slice(-3)) === m.slice(-3),
    );
    if (mot) return { fiche: f, mot };
  }
  throw new Error('aucune fiche n’a de mot accentué au pluriel régulier');
})();

/** The sheets whose body holds a word (of 7 letters or more, as first written). */
const fichesAvecMot = new Map<string, Set<string>>();
for (const f of fiches)
  for (const m of new Set(
    motsDuCorps(f)
      .filter((x) => x.length >= 7)
      .map((x) => x.toLowerCase()),
  )) {
    if (!fichesAvecMot.has(m)) fichesAvecMot.set(m, new Set());
    fichesAvecMot.get(m)!.add(f.id);
  }

/**
 * A word found in several sheets, and a theme that some of them have and others not: filtering the
 * results of that word by that theme keeps some and drops others. The word in the most sheets.
 */
export const MOT_ET_THEME = (() => {
  const candidats = [...fichesAvecMot].sort(([a, x], [b, y]) => y.size - x.size || a.localeCompare(b));
  for (const [mot, slugs] of candidats) {
    const avec = fiches.filter((f) => slugs.has(f.id));
    const theme = Object.keys(THEMATIQUES).find(
      (t) => avec.some((f) => themesDe(f.data).includes(t)) && avec.some((f) => !themesDe(f.data).includes(t)),
    );
    if (theme) return { mot, theme };
  }
  throw new Error('aucun mot n’est partagé par des fiches de thématiques différentes');
})();

/** A word found in at least two sheets that share their state of progress. */
export const MOT_ET_ETAT = (() => {
  const candidats = [...fichesAvecMot].sort(([a, x], [b, y]) => y.size - x.size || a.localeCompare(b));
  for (const [mot, slugs] of candidats) {
    const etats = fiches.filter((f) => slugs.has(f.id)).map((f) => f.data.etat);
    const etat = etats.find((e, i) => etats.indexOf(e) !== i);
    if (etat) return { mot, etat };
  }
  throw new Error('aucun mot n’est partagé par deux fiches au même état d’avancée');
})();

/** A regular expression matching a text as it starts a label (« Suisse » in « Suisse (3) »). */
export const debutDe = (texte: string) => new RegExp(`^${texte.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\s|$)`);

// --- Synonyms, acronyms and misspellings ----------------------------------------------------------

/** The reviewed synonym table (content/synonymes.json). */
export const SYNONYMES = JSON.parse(readFileSync(join(CONTENU, 'synonymes.json'), 'utf8')) as Synonymes[];

/** Everything a sheet says itself, in its file: title, summaries, keywords, territory and text. */
export const texteFiche = (f: Fiche) =>
  [f.data.titre, f.data.resume, ...f.data.facileALire, ...f.data.motsCles, f.data.territoire.libelle, f.body ?? ''].join('\n');

const echapper = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whether a text uses a term as whole words: folded, or exactly as written for an acronym. */
export const emploie = (texte: string, terme: string) => {
  const sigle = !/\p{Ll}/u.test(terme);
  const motif = new RegExp(
    `(?<![\\p{L}\\p{N}])${echapper(sigle ? terme : replier(terme)).replace(/['’]/g, "['’]")}(?![\\p{L}\\p{N}])`,
    'u',
  );
  return motif.test(sigle ? texte : replier(texte));
};

/** A glossary acronym a sheet never writes although it spells it out: the acronym must find it. */
export const SIGLE_EN_TOUTES_LETTRES = (() => {
  for (const s of glossaire)
    for (const f of fiches) {
      const t = texteFiche(f);
      if (emploie(t, s.developpe) && ![s.sigle, ...s.variantes].some((v) => emploie(t, v))) return { sigle: s.sigle, fiche: f };
    }
  return undefined;
})();

/** For each group of the table, a sheet that uses one of its terms and a term of the group it never uses. */
export const SYNONYMES_ABSENTS = SYNONYMES.flatMap((g) => {
  for (const f of fiches) {
    const t = texteFiche(f);
    const absent = g.termes.find((x) => !emploie(t, x));
    if (absent && g.termes.some((x) => emploie(t, x))) return [{ terme: absent, fiche: f }];
  }
  return [];
});

const texteDePages = [...textes.values()].join(' ');
/**
 * A long word of a sheet's title misspelt by swapping two of its middle letters, into something no page
 * holds: the search must propose the word.
 */
export const FAUTE = (() => {
  for (const f of fiches)
    for (const mot of motsDe(f.data.titre).filter((m) => m.length >= 9 && /^\p{Ll}+$/u.test(m))) {
      const i = Math.floor(mot.length / 2);
      const faute = mot.slice(0, i) + mot[i + 1] + mot[i] + mot.slice(i + 2);
      if (faute !== mot && !texteDePages.includes(replier(faute))) return { mot, faute, fiche: f };
    }
  throw new Error('aucun titre n’a de mot assez long pour une faute de frappe');
})();
