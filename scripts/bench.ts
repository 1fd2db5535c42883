// `npm run bench`: build, validation, output, page-weight and search measurements on the real catalogue
// and on generated ones (1,000, 2,000, 5,000, 10,000 sheets), search relevance on the real one, each
// against its budget; writes BENCHMARKS.md. Sizes: `npm run bench -- 100 1000`. Relevance alone, on an
// existing build: `npm run bench -- pertinence [dist]`. Search speed alone: `npm run bench -- recherche
// [dist | 5000]` (a size is generated and built once, then reused). Phone weights: `-- telephone [dist]`.
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { verifierCatalogueParallele } from '../src/lib/verifier-parallele-fs.ts';
import { construire, mesurerSortie, type Sortie } from './bench/construction.ts';
import { genererCatalogue } from './bench/generer.ts';
import { PAGES, poidsPage, poidsTelephone, sectionTelephone } from './bench/pages.ts';
import { ko, ligne, ok } from './bench/tableau.ts';
import { ENTRE_TOUCHES, mesurerRecherche, REQUETES } from './bench/recherche.ts';
import { CATEGORIES, scoresLighthouse } from './bench/lighthouse.ts';
import { pertinenceSite, principal as pertinenceSeule } from './bench/pertinence.ts';
import { ATTENTE_FRAPPE } from '../src/lib/etat-recherche.ts';

if (process.argv[2] === 'pertinence') {
  await pertinenceSeule(process.argv.slice(3));
  process.exit(0);
}

const TAILLES = process.argv.slice(2).map(Number).filter(Boolean);
const CATALOGUES: (number | 'réel')[] = ['réel', ...(TAILLES.length ? TAILLES : [1000, 2000, 5000, 10000])];
const TRAVAIL = '/tmp/pratiques-emergentes-bench';
const PAGES_LIGHTHOUSE = { accueil: PAGES.accueil, fiche: PAGES.fiche, recherche: PAGES.recherche };
const BUDGETS = {
  ficheHtmlCssGzip: 30_000,
  ficheJs: 5_000,
  msParFiche: 25,
  memoireMo: 4096,
  memoireMo2000: 1280,
  validationS: 10,
  pageKo: 100,
  koParFiche: 40,
  premierResultatReelMs: 100,
  premierResultatMs: 150,
  koParRequete: 100,
};

// What the numbers mean, and why a budget may be missed: read with the tables above.
const LECTURE = [
  '- **Construction.** Le temps par fiche baisse avec la taille (coût fixe d’Astro et de Vite), puis se stabilise. ' +
    'Les fiches sont vérifiées sur tous les cœurs au-delà de 1 000 (`src/lib/verifier-parallele-fs.ts`), rendues en HTML ' +
    'une fois par le chargeur de contenu (`src/loaders/`, sans module Vite par fiche) ; leurs images de partage sont tirées ' +
    'par un fil à part qui rend sa mémoire toutes les dix images ; leurs fichiers de citation sont écrits dans les liens ' +
    'de la page. Restent, par fiche : la page (≈ 45 Ko, dont ≈ 15 Ko de texte), l’image de partage (≈ 19 Ko : PNG à palette de 16 couleurs, ' +
    'le tiers d’un PNG en couleurs vraies) et sa part des pages de liste (≈ 25 Ko avec les données ouvertes).',
  '- **Recherche à grande échelle.** Les catalogues générés répètent 200 fois les mêmes 25 corps de texte : un mot ' +
    'courant (« famille ») y désigne des milliers de pages. Pagefind ne fait que trouver les mots : les filtres, leurs ' +
    'comptes et les tris se font sur la table des pages publiée à côté de l’index (`src/lib/filtres.ts`), car Pagefind ' +
    'compte les pages de chaque valeur de filtre en les comparant à chacun de ses résultats, un coût qui croît avec le ' +
    'carré de leur nombre. Au-delà de 1 250 pages, l’index est construit en tranches, cherchées ensemble ' +
    '(`src/lib/tranches.ts`) : chaque tranche coûte une requête par mot, mais le processus Pagefind qui l’indexe la garde ' +
    'entière en mémoire. Le temps de calcul reste proportionnel aux pages trouvées : des milliers de pages pour un ' +
    'mot courant coûtent des centaines de millisecondes. Les octets par requête sont ceux des morceaux d’index (de ' +
    'quelques kilo-octets) et des extraits des premiers résultats (dix par écran), une fois l’index initial en cache. ' +
    '`npm run bench -- recherche [dist | taille]` refait cette seule mesure.',
  '- **Lighthouse.** Mesuré sur un serveur local sans compression ni cache HTTP : en production, gzip ou brotli ' +
    'réduisent encore le poids transféré.',
  '- **Pertinence.** Les jugements (`scripts/bench/requetes.json`) ont été écrits d’après le contenu seul, avant de ' +
    'regarder le moteur. La référence « avant » garde les classements du moteur de départ et les remesure avec les ' +
    'jugements du jour : corriger un jugement ne fausse pas la comparaison. `npm run bench -- pertinence` refait cette ' +
    'seule mesure sur `dist/` (comme `node scripts/bench/pertinence.ts [dist]`).',
];

interface Mesure {
  catalogue: string;
  fiches: number;
  validationS: number;
  constructionS: number;
  msParFiche: number;
  memoireMo?: number;
  sortie: Sortie;
  /** Output beside the search index, per sheet. */
  koParFiche: number;
  pages: Record<string, { html: number; css: number; js: number; htmlCssGzip: number; jsGzip: number }>;
  recherche: Awaited<ReturnType<typeof mesurerRecherche>>;
  /** The real catalogue only. */
  telephone?: Awaited<ReturnType<typeof poidsTelephone>>;
}

const contenuDe = (catalogue: number | 'réel') => (catalogue === 'réel' ? resolve('content') : join(TRAVAIL, `contenu-${catalogue}`));
const sortieDe = (catalogue: number | 'réel') => join(TRAVAIL, `site-${catalogue}`);

async function mesurer(catalogue: number | 'réel'): Promise<Mesure> {
  const contenu = contenuDe(catalogue);
  if (catalogue !== 'réel') genererCatalogue('content', contenu, catalogue);
  const sortie = sortieDe(catalogue);
  const t = performance.now();
  const { problemes, fiches } = await verifierCatalogueParallele(contenu);
  const validationS = (performance.now() - t) / 1000;
  if (problemes.length) throw new Error(`${problemes.length} problèmes dans le catalogue ${catalogue}`);
  process.stderr.write(`catalogue ${catalogue} : ${fiches.length} fiches validées en ${validationS.toFixed(2)} s, construction…\n`);
  const c = await construire(contenu, sortie);
  const pageFiche =
    catalogue === 'réel' ? PAGES.fiche : `pratiques/${fiches.find((f) => f.slug.startsWith('conferences-familiales-ardeche-'))!.slug}/`;
  const pages = Object.fromEntries(
    Object.entries({ ...PAGES, fiche: pageFiche }).map(([type, chemin]) => [type, poidsPage(sortie, chemin)]),
  );
  process.stderr.write(`  construit en ${c.s.toFixed(1)} s, recherche…\n`);
  const recherche = await mesurerRecherche(sortie);
  const telephone = catalogue === 'réel' ? await poidsTelephone(sortie) : undefined;
  const ecrit = mesurerSortie(sortie);
  return {
    telephone,
    catalogue: String(catalogue),
    fiches: fiches.length,
    validationS,
    constructionS: c.s,
    msParFiche: (c.s * 1000) / fiches.length,
    memoireMo: c.memoireMo,
    sortie: ecrit,
    koParFiche: (ecrit.octets - ecrit.octetsIndex) / 1024 / fiches.length,
    pages,
    recherche,
  };
}

if (process.argv[2] === 'recherche') {
  const cible = process.argv[3] ?? 'dist';
  const n = Number(cible);
  let sortie = resolve(cible);
  if (n) {
    sortie = sortieDe(n);
    if (!existsSync(join(sortie, 'pagefind'))) {
      genererCatalogue('content', contenuDe(n), n);
      process.stderr.write(`catalogue ${n} : construction dans ${sortie}…\n`);
      await construire(contenuDe(n), sortie);
    }
  }
  const r = await mesurerRecherche(sortie);
  console.log(
    `${sortie} : médiane ${r.medianeMs.toFixed(0)} ms, max ${r.maxMs.toFixed(0)} ms, ${ko(r.octetsMoyens)} par requête, facette ${r.facetteMs.toFixed(0)} ms, tapée ${r.tapeeMs.toFixed(0)} ms`,
  );
  process.exit(0);
}

if (process.argv[2] === 'telephone') {
  console.log(sectionTelephone(await poidsTelephone(resolve(process.argv[3] ?? 'dist'))).join('\n'));
  process.exit(0);
}

/** Each budget against its measure: the largest catalogue measured, or the size the budget names. */
function budgetsDe(reel: Mesure, mesures: readonly Mesure[]) {
  const grand = mesures.at(-1)!;
  const a = (n: number) => mesures.find((m) => m.fiches === n);
  const l: { libelle: string; mesure: string; respecte: boolean }[] = [];
  const budget = (libelle: string, mesure: string, respecte: boolean) => l.push({ libelle, mesure, respecte });
  const fiche = reel.pages.fiche!;
  budget('fiche : HTML + CSS gzip < 30 Ko', ko(fiche.htmlCssGzip), fiche.htmlCssGzip < BUDGETS.ficheHtmlCssGzip);
  budget('fiche : JS ≤ 5 Ko', ko(fiche.js), fiche.js <= BUDGETS.ficheJs);
  const n = `à ${grand.fiches} fiches`;
  budget(`validation ≤ 10 s ${n}`, `${grand.validationS.toFixed(2)} s`, grand.validationS <= BUDGETS.validationS);
  budget(`construction ≤ 25 ms par fiche ${n}`, `${grand.msParFiche.toFixed(1)} ms`, grand.msParFiche <= BUDGETS.msParFiche);
  const memoire = (m: Mesure) => (m.memoireMo ? `${m.memoireMo.toFixed(0)} Mo` : 'n. d.');
  budget(`mémoire ≤ 4 Go ${n}`, memoire(grand), (grand.memoireMo ?? Infinity) <= BUDGETS.memoireMo);
  const deuxMille = a(2000);
  if (deuxMille) budget('mémoire ≤ 1,25 Go à 2000 fiches', memoire(deuxMille), (deuxMille.memoireMo ?? Infinity) <= BUDGETS.memoireMo2000);
  const page = grand.sortie.plusGrandePage;
  budget(`aucune page HTML > 100 Ko ${n}`, `${ko(page.octets)} (\`${page.chemin}\`)`, page.octets <= BUDGETS.pageKo * 1024);
  // What each sheet adds: the growth between the smallest and the largest generated catalogue, the site's own pages aside.
  const generes = mesures.filter((m) => m !== reel);
  const [petit, gros] = [generes[0], generes.at(-1)];
  if (petit && gros && gros.fiches > petit.fiches) {
    const horsIndex = (m: Mesure) => m.sortie.octets - m.sortie.octetsIndex;
    const parFiche = (horsIndex(gros) - horsIndex(petit)) / 1024 / (gros.fiches - petit.fiches);
    budget(
      `sortie hors index ≤ 40 Ko de plus par fiche (de ${petit.fiches} à ${gros.fiches} fiches)`,
      `${parFiche.toFixed(1)} Ko`,
      parFiche <= BUDGETS.koParFiche,
    );
  }
  const r = reel.recherche.medianeMs;
  budget('premiers résultats ≤ 100 ms, catalogue réel (médiane)', `${r.toFixed(0)} ms`, r <= BUDGETS.premierResultatReelMs);
  for (const m of mesures.filter((m) => m.fiches >= 5000))
    budget(
      `premiers résultats ≤ 150 ms à ${m.fiches} fiches (médiane)`,
      `${m.recherche.medianeMs.toFixed(0)} ms`,
      m.recherche.medianeMs <= BUDGETS.premierResultatMs,
    );
  const octets = Math.max(...mesures.map((m) => m.recherche.octetsMoyens));
  budget('octets chargés par requête ≤ 100 Ko (au pire des catalogues)', ko(octets), octets <= BUDGETS.koParRequete * 1024);
  return l;
}

const mesures: Mesure[] = [];
for (const c of CATALOGUES) mesures.push(await mesurer(c));
process.stderr.write('Lighthouse…\n');
const lighthouse = await scoresLighthouse(join(TRAVAIL, 'site-réel'), PAGES_LIGHTHOUSE);
process.stderr.write('Pertinence de la recherche…\n');
const pertinence = await pertinenceSite(join(TRAVAIL, 'site-réel'));

const reel = mesures[0]!;
const budgets = budgetsDe(reel, mesures);
const md = [
  '# Benchmarks',
  '',
  `Mesuré par \`npm run bench\` le ${new Date().toISOString().slice(0, 10)} sur ${process.platform}, ${(await import('node:os')).cpus().length} cœurs, Node ${process.version}.`,
  'Les catalogues générés reprennent les fiches réelles (mêmes corps) avec titres, thématiques, publics, territoires et années variés.',
  '',
  '## Construction et validation',
  '',
  ligne(['catalogue', 'fiches', 'validation', 'construction (Astro + Pagefind)', 'par fiche', 'mémoire max']),
  ligne(['---', '---:', '---:', '---:', '---:', '---:']),
  ...mesures.map((m) =>
    ligne([
      m.catalogue,
      m.fiches,
      `${m.validationS.toFixed(2)} s`,
      `${m.constructionS.toFixed(1)} s`,
      `${m.msParFiche.toFixed(1)} ms`,
      m.memoireMo ? `${m.memoireMo.toFixed(0)} Mo` : 'n. d.',
    ]),
  ),
  '',
  'La mémoire est celle de tous les processus de la construction ensemble (Astro avec ses fils, le processus de Pagefind), relevée toutes les 250 ms.',
  '',
  '## Ce que la construction écrit',
  '',
  ligne(['catalogue', 'fichiers', 'sortie', 'dont index Pagefind', 'hors index, par fiche', 'plus grande page HTML']),
  ligne(['---', '---:', '---:', '---:', '---:', '---']),
  ...mesures.map((m) =>
    ligne([
      m.catalogue,
      m.sortie.fichiers,
      `${(m.sortie.octets / 2 ** 20).toFixed(1)} Mo`,
      `${(m.sortie.octetsIndex / 2 ** 20).toFixed(1)} Mo`,
      `${m.koParFiche.toFixed(1)} Ko`,
      `${ko(m.sortie.plusGrandePage.octets)} (\`${m.sortie.plusGrandePage.chemin}\`)`,
    ]),
  ),
  '',
  '## Poids des pages (catalogue réel)',
  '',
  ligne(['page', 'HTML', 'CSS', 'JS', 'HTML + CSS gzip', 'JS gzip']),
  ligne(['---', '---:', '---:', '---:', '---:', '---:']),
  ...Object.entries(reel.pages).map(([type, p]) => ligne([type, ko(p.html), ko(p.css), ko(p.js), ko(p.htmlCssGzip), ko(p.jsGzip)])),
  '',
  ...(reel.telephone ? sectionTelephone(reel.telephone) : []),
  '## Recherche dans Chromium (de la frappe aux premiers résultats affichés)',
  '',
  `Requêtes : ${REQUETES.map((q) => `« ${q} »`).join(', ')}, saisies d’un coup (comme collées) sur /recherche/ une fois l’index chargé, site servi sur localhost. Le temps inclut les ${ATTENTE_FRAPPE} ms d’attente de fin de frappe ; les compteurs des facettes suivent les premiers résultats. Puis une facette cochée sur ces résultats : le temps jusqu’à ses résultats (les mots déjà cherchés ne sont pas redemandés à Pagefind : la table des pages écrite à côté de l’index filtre, compte et trie). Enfin chaque requête tapée touche à touche, une touche toutes les ${ENTRE_TOUCHES} ms : de la dernière touche à ses résultats (les morceaux d’index des mots tapés se chargent entre les touches ; une seule recherche à la fois, la dernière demandée). Les budgets portent sur la requête entière d’un coup, le cas le plus lent.`,
  '',
  ligne([
    'catalogue',
    'fiches',
    'médiane',
    'max',
    'octets chargés par requête (moyenne)',
    'facette cochée (médiane)',
    'tapée touche à touche (médiane)',
  ]),
  ligne(['---', '---:', '---:', '---:', '---:', '---:', '---:']),
  ...mesures.map((m) =>
    ligne([
      m.catalogue,
      m.fiches,
      `${m.recherche.medianeMs.toFixed(0)} ms`,
      `${m.recherche.maxMs.toFixed(0)} ms`,
      ko(m.recherche.octetsMoyens),
      `${m.recherche.facetteMs.toFixed(0)} ms`,
      `${m.recherche.tapeeMs.toFixed(0)} ms`,
    ]),
  ),
  '',
  ...pertinence.section,
  '## Lighthouse (catalogue réel, servi sur localhost sans compression)',
  '',
  ligne(['page', ...CATEGORIES, 'points perdus']),
  ligne(['---', ...CATEGORIES.map(() => '---:'), '---']),
  ...Object.entries(lighthouse).map(([page, s]) => ligne([page, ...CATEGORIES.map((c) => s[c]), s.remarques.join(' ; ') || 'aucun'])),
  '',
  '## Budgets',
  '',
  ligne(['budget', 'mesure', 'respecté']),
  ligne(['---', '---', ':---:']),
  ...budgets.map((b) => ligne([b.libelle, b.mesure, ok(b.respecte)])),
  '',
  '## Lecture',
  '',
  ...LECTURE,
  '',
];
writeFileSync('BENCHMARKS.md', md.join('\n'));
console.log(md.join('\n'));
