// `npm run nouvelle-fiche`: creates content/pratiques/<slug>.mdx from the template.
// Asks each answer in turn, or takes them as flags for scripts:
//   npm run nouvelle-fiche -- --titre "…" --thematique aller-vers --nature programme --pays France …
// List answers are comma-separated. `--contenu DIR` writes into another content folder.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { z } from 'zod';
import * as schema from '../src/schema/fiche.ts';
import { ECHELLES, ETATS, EVALUATIONS, NATURES, PAYS, PUBLICS, THEMATIQUES, TYPES_ACTEURS } from '../src/schema/vocabulaire.ts';
import { messageFrancais } from '../src/lib/erreurs.ts';
import { modeleFiche, type Reponses } from '../src/lib/modele.ts';
import { slugify } from '../src/lib/slug.ts';
import { verifierCatalogue } from '../src/lib/verifier-fs.ts';

interface Question {
  cle: keyof Reponses;
  texte: string;
  choix?: Readonly<Record<string, string>>;
  liste?: boolean;
  facultatif?: boolean;
  valider: z.ZodType;
}

const fm = schema.fiche.shape;
const QUESTIONS: Question[] = [
  { cle: 'titre', texte: 'Titre de la pratique', valider: fm.titre },
  { cle: 'resume', texte: 'Résumé (une ou deux phrases, 40 à 320 caractères)', valider: fm.resume },
  { cle: 'thematique', texte: 'Thématique', choix: THEMATIQUES, valider: schema.thematique },
  { cle: 'nature', texte: 'Nature', choix: NATURES, valider: schema.nature },
  { cle: 'libelle', texte: 'Territoire, tel que la source l’écrit', valider: schema.territoire.shape.libelle },
  { cle: 'pays', texte: 'Pays', choix: PAYS, liste: true, valider: schema.territoire.shape.pays },
  { cle: 'departements', texte: 'Départements (codes INSEE, ex. 07, 2A ; vide hors de France)', liste: true, facultatif: true, valider: schema.territoire.shape.departements },
  { cle: 'echelle', texte: 'Échelle', choix: ECHELLES, valider: schema.echelle },
  { cle: 'annee', texte: 'Année de démarrage (vide si la source n’en donne pas)', facultatif: true, valider: fm.annee },
  { cle: 'porteurs', texte: 'Porteurs (séparés par des virgules)', liste: true, valider: fm.porteurs },
  { cle: 'typesActeurs', texte: 'Types d’acteurs porteurs', choix: TYPES_ACTEURS, liste: true, valider: fm.typesActeurs },
  { cle: 'publics', texte: 'Publics', choix: PUBLICS, liste: true, valider: fm.publics },
  { cle: 'etat', texte: 'État d’avancée', choix: ETATS, valider: schema.etat },
  { cle: 'evaluation', texte: 'Évaluation', choix: EVALUATIONS, liste: true, valider: fm.evaluation },
  { cle: 'sourceTitre', texte: 'Titre du document source', valider: schema.source.shape.titre },
  { cle: 'sourceAuteur', texte: 'Auteur ou institution de la source', valider: schema.source.shape.auteur },
];

const { values } = parseArgs({
  options: {
    ...Object.fromEntries(QUESTIONS.map((q) => [q.cle, { type: 'string' as const }])),
    slug: { type: 'string' },
    contenu: { type: 'string', default: 'content' },
  },
});
const drapeaux = values as Record<string, string | undefined> & { contenu: string; slug?: string };

/** A raw answer as the schema expects it: a list for lists, a number or null for the year. */
function convertir(q: Question, brut: string, choix?: string[]): unknown {
  const numero = (v: string) => (choix && /^\d+$/.test(v) && choix[Number(v) - 1]) || v;
  if (q.cle === 'annee') return brut === '' ? null : Number(brut);
  if (q.liste) return brut.split(',').map((v) => numero(v.trim())).filter(Boolean);
  return numero(brut.trim());
}

function erreur(q: Question, valeur: unknown): string | undefined {
  const r = q.valider.safeParse(valeur);
  if (r.success) return undefined;
  const issue = r.error.issues[0]!;
  const trouve = issue.path.reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown>)?.[k], valeur);
  return messageFrancais(issue, trouve);
}

const interactif = process.stdin.isTTY && !QUESTIONS.some((q) => drapeaux[q.cle] !== undefined);
const rl = interactif ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
const reponses: Record<string, unknown> = {};
const problemes: string[] = [];

for (const q of QUESTIONS) {
  const choix = q.choix ? Object.keys(q.choix) : undefined;
  if (!rl) {
    const brut = drapeaux[q.cle] as string | undefined;
    if (brut === undefined) continue; // left as a hint in the file
    const valeur = convertir(q, brut, choix);
    const e = erreur(q, valeur);
    if (e) problemes.push(`--${q.cle} : ${e}`);
    else reponses[q.cle] = valeur;
    continue;
  }
  if (choix) console.log(`\n${q.texte} :\n${choix.map((c, i) => `  ${i + 1}. ${c} (${q.choix![c]})`).join('\n')}`);
  for (;;) {
    const brut = (await rl.question(`${choix ? 'Votre choix (numéro ou valeur' + (q.liste ? ', séparés par des virgules' : '') + ')' : q.texte}${q.facultatif ? ' [facultatif]' : ''} : `)).trim();
    const valeur = convertir(q, brut, choix);
    const e = erreur(q, valeur);
    if (!e) { reponses[q.cle] = valeur; break; }
    console.log(`  ✗ ${e}`);
  }
}

if (problemes.length) {
  console.error(problemes.join('\n'));
  process.exit(1);
}

const existants = new Set(verifierCatalogue(drapeaux.contenu).fiches.flatMap((f) => [f.slug, ...(f.donnees?.anciensSlugs ?? [])]));
const propose = (drapeaux.slug ?? slugify(String(reponses.titre ?? 'nouvelle-fiche')).slice(0, 60).replace(/-[^-]*$/, (m) => (m.length > 1 ? m : ''))).replace(/-+$/, '');
let slug = propose;
if (rl) {
  const autre = (await rl.question(`\nNom du fichier et adresse de la fiche : « ${propose} ». Entrée pour accepter, ou tapez un autre nom : `)).trim();
  if (autre) slug = autre;
}
rl?.close();
if (!schema.SLUG.test(slug)) {
  console.error(`Nom « ${slug} » invalide : minuscules sans accents, mots reliés par des tirets.`);
  process.exit(1);
}
const chemin = join(drapeaux.contenu, 'pratiques', `${slug}.mdx`);
if (existants.has(slug) || existsSync(chemin)) {
  console.error(`La fiche « ${slug} » existe déjà (ou c’est l’ancien nom d’une fiche) : choisissez un autre nom avec --slug.`);
  process.exit(1);
}
writeFileSync(chemin, modeleFiche(reponses as Reponses));
console.log(`\nFiche créée : ${chemin}\nRemplacez chaque « À COMPLÉTER » par votre texte, puis lancez « npm run verifier ».`);
