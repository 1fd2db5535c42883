// `npm run nouvelle-fiche`: creates content/pratiques/<slug>.mdx from the template. Its questions are
// the registry's fields marked `question` (src/schema/fiche.ts): asked in turn, or given as options.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { tousLesChamps, type Descripteur } from '../src/schema/champs.ts';
import { fiche } from '../src/schema/fiche.ts';
import { messageFrancais } from '../src/lib/erreurs.ts';
import { modeleFiche, type Reponses } from '../src/lib/modele.ts';
import { REGLE_SLUG, SLUG, slugPropose } from '../src/lib/slug.ts';
import { verifierCatalogue } from '../src/lib/verifier-fs.ts';

const QUESTIONS = tousLesChamps(fiche).filter((c) => c.question);
/** `territoire.pays` → `--territoire-pays`, `sources[].titre` → `--sources-titre`. */
const option = (c: Descripteur) => c.chemin.replace(/\[\]/g, '').replace(/\./g, '-');
/** A list of sentences: they hold commas, so each is one answer (the option repeated, or one line each). */
const phrases = (c: Descripteur) => c.formulaire !== false && c.formulaire?.saisie === 'phrases';

const USAGE = `Crée une nouvelle fiche dans content/pratiques/ à partir du modèle.

Sans option, pose les questions une à une. Avec des options, écrit la fiche sans rien demander ;
les réponses absentes restent « À COMPLÉTER » dans le fichier. Les listes se séparent par des virgules,
sauf les phrases, qu’on donne en répétant l’option (une phrase à chaque fois).

  npm run nouvelle-fiche -- --titre "…" --thematique aller-vers --territoire-pays France …

Options :
${QUESTIONS.map((c) => `  --${option(c).padEnd(22)} ${c.libelle}${c.vocabulaire ? ` (${Object.keys(c.vocabulaire).join(', ')})` : ''}${phrases(c) ? ' (une option par phrase)' : ''}`).join('\n')}
  --slug                   nom du fichier, sans « .mdx » (proposé d’après le titre)
  --contenu DIR            dossier de contenu (par défaut : content)
  -h, --help               affiche cette aide`;

let values: Record<string, string | string[] | boolean | undefined>;
try {
  ({ values } = parseArgs({
    options: {
      ...Object.fromEntries(QUESTIONS.map((c) => [option(c), { type: 'string' as const, multiple: phrases(c) }])),
      slug: { type: 'string' },
      contenu: { type: 'string', default: 'content' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (e) {
  const inconnue = /'([^']+)'/.exec(e instanceof Error ? e.message : '')?.[1];
  console.error(`Option ${inconnue ? `« ${inconnue} » ` : ''}inconnue ou mal écrite.\n\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const contenu = String(values.contenu);

/** A raw answer as the schema expects it: a list for lists, a number (or null) for a year. */
function convertir(c: Descripteur, brut: string | string[]): unknown {
  if (Array.isArray(brut)) return brut.map((v) => v.trim()).filter(Boolean);
  const choix = c.vocabulaire ? Object.keys(c.vocabulaire) : [];
  const numero = (v: string) => (/^\d+$/.test(v) && choix[Number(v) - 1]) || v;
  if (c.liste)
    return brut
      .split(',')
      .map((v) => numero(v.trim()))
      .filter(Boolean);
  if (c.genre === 'nombre') return brut === '' && c.nul ? null : /^\d+$/.test(brut) ? Number(brut) : brut;
  return numero(brut.trim());
}

/** The first problem of an answer, in the verifier's words. */
function erreur(c: Descripteur, valeur: unknown): string | undefined {
  const r = c.schema.safeParse(valeur);
  if (r.success) return undefined;
  const issue = r.error.issues[0]!;
  return messageFrancais(
    issue,
    issue.path.reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown>)?.[k], valeur),
  );
}

const interactif = process.stdin.isTTY && !QUESTIONS.some((c) => values[option(c)] !== undefined);
const rl = interactif ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
const reponses: Reponses = {};
const problemes: string[] = [];

for (const c of QUESTIONS) {
  if (!rl) {
    const brut = values[option(c)];
    if (typeof brut !== 'string' && !Array.isArray(brut)) continue; // left as a hint in the file
    const valeur = convertir(c, brut);
    const e = erreur(c, valeur);
    if (e) problemes.push(`--${option(c)} « ${[brut].flat().join(' ')} » : ${e}`);
    else reponses[c.chemin] = valeur;
    continue;
  }
  const choix = c.vocabulaire ? Object.entries(c.vocabulaire) : [];
  if (choix.length) console.log(`\n${c.libelle} (${c.aide}) :\n${choix.map(([v, t], i) => `  ${i + 1}. ${v} (${t})`).join('\n')}`);
  for (;;) {
    if (phrases(c)) {
      console.log(`\n${c.libelle} (${c.aide}) : une phrase par ligne, une ligne vide pour finir.`);
      const lignes: string[] = [];
      for (let l; (l = (await rl.question(`  phrase ${lignes.length + 1} : `)).trim());) lignes.push(l);
      const e = erreur(c, lignes);
      if (!e) {
        reponses[c.chemin] = lignes;
        break;
      }
      console.log(`  ✗ ${e}`);
      continue;
    }
    const invite = choix.length
      ? `Votre choix (numéro ou valeur${c.liste ? ', séparés par des virgules' : ''})`
      : `${c.libelle} (${c.aide})`;
    const brut = (await rl.question(`${invite}${c.requis && !c.nul ? '' : ' [facultatif]'} : `)).trim();
    const valeur = convertir(c, brut);
    const e = erreur(c, valeur);
    if (!e) {
      reponses[c.chemin] = valeur;
      break;
    }
    console.log(`  ✗ ${e}`);
  }
}

if (problemes.length) {
  console.error(problemes.join('\n'));
  process.exit(1);
}

const existants = new Set(verifierCatalogue(contenu).fiches.flatMap((f) => [f.slug, ...(f.donnees?.anciensSlugs ?? [])]));
const propose = typeof values.slug === 'string' ? values.slug : slugPropose(String(reponses.titre ?? 'nouvelle-fiche'));
let slug = propose;
if (rl) {
  const autre = (
    await rl.question(`\nNom du fichier et adresse de la fiche : « ${propose} ». Entrée pour accepter, ou tapez un autre nom : `)
  ).trim();
  if (autre) slug = autre;
}
rl?.close();
if (!SLUG.test(slug)) {
  console.error(`Nom « ${slug} » invalide : ${REGLE_SLUG}.`);
  process.exit(1);
}
const chemin = join(contenu, 'pratiques', `${slug}.mdx`);
if (existants.has(slug) || existsSync(chemin)) {
  console.error(`La fiche « ${slug} » existe déjà (ou c’est l’ancien nom d’une fiche) : choisissez un autre nom avec --slug.`);
  process.exit(1);
}
writeFileSync(chemin, modeleFiche(reponses));
console.log(`\nFiche créée : ${chemin}\nRemplacez chaque « À COMPLÉTER » par votre texte, puis lancez « npm run verifier ».`);
