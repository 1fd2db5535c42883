// The relevance part of the bench: each judged query of requetes.json run against a built site's
// Pagefind index, in Node, as /recherche/ runs a query without filters; then the « Pertinence de la
// recherche » section of BENCHMARKS.md, compared with the baseline run (pertinence-avant.json) once
// the results differ from it.
//
// Alone, on an existing build (`npm run build` first):
//   node scripts/bench/pertinence.ts [dist]          the markdown section
//   node scripts/bench/pertinence.ts [dist] --json   the ranked results, in the form of pertinence-avant.json
// or `npm run bench -- pertinence [dist]`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { etatVide, filtresPagefind } from '../../src/lib/etat-recherche.ts';
import { PARAM_SURLIGNAGE } from '../../src/lib/url.ts';
import { FICHIER_VOCABULAIRE } from '../../src/integrations/pagefind.ts';
import { rechercher } from '../../src/lib/moteur.ts';
import { chargerPagefind } from '../../src/lib/pagefind-fs.ts';
import { ligne, ok } from './tableau.ts';
import type { Vocabulaire } from '../../src/lib/vocabulaire.ts';
import type { IndexPagefind } from '../../src/lib/pagefind.ts';
import {
  bilanPertinence,
  idDepuisUrl,
  LIBELLES_TYPES,
  OBJECTIFS,
  problemesRequetes,
  TYPES_REQUETE,
  type BilanPertinence,
  type Moyennes,
  type RequeteJugee,
} from '../../src/lib/pertinence.ts';

const FICHIER_REQUETES = fileURLToPath(new URL('./requetes.json', import.meta.url));
const FICHIER_AVANT = fileURLToPath(new URL('./pertinence-avant.json', import.meta.url));

/** Ranked result ids by query: a run of the engine, kept as the baseline in pertinence-avant.json. */
export interface Passage {
  date: string;
  resultats: Record<string, string[]>;
}

/** The judged queries, checked against the real catalogue (content/): an error lists every problem. */
export function requetesJugees(contenu = 'content'): RequeteJugee[] {
  const requetes = JSON.parse(readFileSync(FICHIER_REQUETES, 'utf8')) as RequeteJugee[];
  const noms = (dossier: string) =>
    readdirSync(join(contenu, dossier))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => f.replace(/\.mdx$/, ''));
  const fiches = new Set(noms('pratiques'));
  const pages = new Set([...fiches, ...noms('thematiques').map((t) => `thematiques/${t}`), 'glossaire']);
  const problemes = problemesRequetes(requetes, pages, fiches);
  if (problemes.length) throw new Error(`scripts/bench/requetes.json :\n- ${problemes.join('\n- ')}`);
  return requetes;
}

/**
 * The result ids of a query, in order, as /recherche/ gets them for typed words and no filter
 * (src/components/recherche/recherche.ts: the trimmed words, filtresPagefind of that state, the
 * default order, through the same rechercher() with the index's vocabulary).
 */
export async function resultatsRecherche(
  pf: IndexPagefind,
  requete: string,
  annees: readonly string[] = [],
  vocabulaire?: () => Promise<Vocabulaire>,
): Promise<string[]> {
  const etat = { ...etatVide(), q: requete.trim() };
  const reponse = await rechercher(pf, etat.q, { filters: filtresPagefind(etat, annees), sort: undefined }, vocabulaire);
  const donnees = await Promise.all(reponse.resultats.map((r) => r.data()));
  return donnees.map((d) => idDepuisUrl(d.url));
}

/** Every judged query run against `<dist>/pagefind/`. */
export async function passerRequetes(dist: string, requetes: readonly RequeteJugee[]): Promise<Passage> {
  if (!existsSync(join(dist, 'pagefind', 'pagefind.js')))
    throw new Error(`pas d’index Pagefind dans ${dist} : lancez d’abord npm run build`);
  // The options of the search page; neither changes the ranking.
  const pf = await chargerPagefind(dist, { excerptLength: 24, highlightParam: PARAM_SURLIGNAGE });
  const annees = Object.keys((await pf.filters()).annee ?? {});
  const resultats: Record<string, string[]> = {};
  const vocabulaire = async () => JSON.parse(readFileSync(join(dist, 'pagefind', FICHIER_VOCABULAIRE), 'utf8')) as Vocabulaire;
  for (const q of requetes) resultats[q.requete] = await resultatsRecherche(pf, q.requete, annees, vocabulaire);
  return { date: new Date().toISOString().slice(0, 10), resultats };
}

const bilanDe = (requetes: readonly RequeteJugee[], p: Passage) => bilanPertinence(requetes, new Map(Object.entries(p.resultats)));

function lireAvant(): Passage | undefined {
  return existsSync(FICHIER_AVANT) ? (JSON.parse(readFileSync(FICHIER_AVANT, 'utf8')) as Passage) : undefined;
}

const n2 = (x: number) => x.toFixed(2);
const cite = (q: string) => `« ${q} »`;

/**
 * The markdown section. `avant`: the baseline run, whose results are measured against the same
 * judgements; shown beside the current figures when the results differ from it.
 */
export function sectionPertinence(requetes: readonly RequeteJugee[], passage: Passage, avant?: Passage): string[] {
  const bilan = bilanDe(requetes, passage);
  const communes = avant ? requetes.filter((q) => q.requete in avant.resultats) : [];
  const identique =
    !!avant &&
    communes.length === requetes.length &&
    requetes.every((q) => JSON.stringify(avant.resultats[q.requete]) === JSON.stringify(passage.resultats[q.requete]));
  const ref: BilanPertinence | undefined = avant && !identique && communes.length ? bilanDe(communes, avant) : undefined;
  const avec = (x: number, y: number | undefined) => (y === undefined ? n2(x) : `${n2(x)} (avant ${n2(y)})`);
  const cellules = (nom: string, m: Moyennes, r?: Moyennes) => [
    nom,
    m.requetes,
    avec(m.mrr, r?.mrr),
    avec(m.ndcg10, r?.ndcg10),
    avec(m.rappel5, r?.rappel5),
    n2(m.plafondRappel5),
    r ? `${m.sansResultat} (avant ${r.sansResultat})` : m.sansResultat,
  ];
  const g = bilan.global;
  const note = (q: RequeteJugee, id: string) => `${id} (${q.pertinents[id] ?? '–'})`;
  return [
    `## Pertinence de la recherche${identique ? ' (avant)' : ''}`,
    '',
    `${requetes.length} requêtes de travailleurs sociaux, de formateurs et d’étudiants (\`scripts/bench/requetes.json\`), en sept types, ` +
      'avec pour chacune les pages pertinentes notées d’après le contenu des fiches et des thématiques, sans regarder les résultats du moteur : ' +
      '3, la fiche porte sur le sujet ; 2, elle le traite nettement ; 1, elle le mentionne utilement. ' +
      'Chaque requête est lancée dans Node sur l’index Pagefind du site construit, comme /recherche/ la lance sans filtre.',
    '',
    '- **MRR** : moyenne de l’inverse du rang du premier résultat pertinent (note ≥ 1), 0 s’il n’y en a aucun.',
    '- **nDCG@10** : gain 2^note − 1 des dix premiers résultats, divisé par log2(rang + 1), rapporté au meilleur classement possible des pages jugées.',
    '- **rappel@5** : part des pages de note ≥ 2 (≥ 1 quand la requête n’en a pas) trouvées parmi les cinq premiers résultats. ' +
      'Le **plafond** est le rappel@5 du meilleur classement : moins de 1 quand plus de cinq pages sont attendues.',
    identique
      ? `- Mesures de référence (« avant »), enregistrées le ${avant!.date} dans \`scripts/bench/pertinence-avant.json\`, avant tout travail sur les synonymes, les sigles, les mots vides et les fautes de frappe.`
      : ref
        ? `- Entre parenthèses, la référence « avant » (\`scripts/bench/pertinence-avant.json\`, ${avant!.date}) mesurée avec les mêmes jugements${communes.length < requetes.length ? `, sur les ${communes.length} requêtes qu’elle contient` : ''}.`
        : undefined,
    '',
    ligne(['type', 'requêtes', 'MRR', 'nDCG@10', 'rappel@5', 'plafond rappel@5', 'sans résultat']),
    ligne(['---', '---:', '---:', '---:', '---:', '---:', '---:']),
    ...TYPES_REQUETE.map((t) => ligne(cellules(LIBELLES_TYPES[t], bilan.parType[t], ref?.parType[t]))),
    ligne(cellules('**ensemble**', g, ref?.global)),
    '',
    ligne(['objectif', 'mesure', 'atteint']),
    ligne(['---', '---', ':---:']),
    ligne([`MRR ≥ ${OBJECTIFS.mrr}`, n2(g.mrr), ok(g.mrr >= OBJECTIFS.mrr)]),
    ligne([`nDCG@10 ≥ ${OBJECTIFS.ndcg10.toFixed(2)}`, n2(g.ndcg10), ok(g.ndcg10 >= OBJECTIFS.ndcg10)]),
    ligne([`rappel@5 ≥ ${OBJECTIFS.rappel5}`, n2(g.rappel5), ok(g.rappel5 >= OBJECTIFS.rappel5)]),
    ligne(['aucune requête sans résultat', `${g.sansResultat} sans résultat`, ok(g.sansResultat === 0)]),
    '',
    `Requêtes sans résultat : ${bilan.sansResultat.length ? bilan.sansResultat.map(cite).join(', ') : 'aucune'}.`,
    '',
    '<details>',
    '<summary>Détail par requête : les cinq premiers résultats, avec leur note (– : non jugé pertinent)</summary>',
    '',
    ligne(['requête', 'type', 'RR', 'nDCG@10', 'rappel@5', 'résultats', 'cinq premiers']),
    ligne(['---', '---', '---:', '---:', '---:', '---:', '---']),
    ...bilan.requetes.map((m, i) =>
      ligne([
        cite(m.requete),
        m.type,
        n2(m.rr),
        n2(m.ndcg10),
        n2(m.rappel5),
        m.nombre,
        m.premiers.map((id) => note(requetes[i]!, id)).join(', ') || '—',
      ]),
    ),
    '',
    '</details>',
    '',
  ].filter((l): l is string => l !== undefined);
}

/** The section for a built site, compared with the baseline when there is one. */
export async function pertinenceSite(dist: string): Promise<{ section: string[]; bilan: BilanPertinence; passage: Passage }> {
  const requetes = requetesJugees();
  const passage = await passerRequetes(dist, requetes);
  return { section: sectionPertinence(requetes, passage, lireAvant()), bilan: bilanDe(requetes, passage), passage };
}

/** `node scripts/bench/pertinence.ts [dist] [--json]`, also run by `npm run bench -- pertinence`. */
export async function principal(args: readonly string[]) {
  const dist = resolve(args.find((a) => !a.startsWith('--')) ?? 'dist');
  if (args.includes('--json')) console.log(JSON.stringify(await passerRequetes(dist, requetesJugees()), null, 2));
  else console.log((await pertinenceSite(dist)).section.join('\n'));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await principal(process.argv.slice(2));
