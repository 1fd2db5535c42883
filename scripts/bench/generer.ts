// Generates a valid synthetic catalogue of N sheets from the real ones, for benchmarks:
// same bodies and shapes, varied titles, themes, publics, territories and years (seeded, repeatable).
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { PUBLICS, THEMATIQUES } from '../../src/schema/vocabulaire.ts';

const DEPARTEMENTS = [
  '01',
  '07',
  '13',
  '14',
  '24',
  '27',
  '2A',
  '32',
  '33',
  '34',
  '38',
  '41',
  '56',
  '59',
  '66',
  '69',
  '75',
  '78',
  '93',
  '974',
];

function aleatoire(graine: number) {
  let x = graine >>> 0 || 1;
  return () => ((x ^= x << 13), (x ^= x >>> 17), (x ^= x << 5), (x >>> 0) / 2 ** 32);
}

/** Body links to real sheets would dangle in a generated catalogue: keep their text only. */
const sansLiensInternes = (texte: string) => texte.replace(/\[([^\]]+)\]\(\/[^)]*\)/g, '$1');

export function genererCatalogue(source: string, cible: string, n: number, graine = 42): void {
  rmSync(cible, { recursive: true, force: true });
  mkdirSync(join(cible, 'pratiques'), { recursive: true });
  mkdirSync(join(cible, 'thematiques'));
  for (const f of readdirSync(join(source, 'thematiques')))
    writeFileSync(join(cible, 'thematiques', f), sansLiensInternes(readFileSync(join(source, 'thematiques', f), 'utf8')));
  cpSync(join(source, 'glossaire.json'), join(cible, 'glossaire.json'));
  const modeles = readdirSync(join(source, 'pratiques'))
    .sort()
    .map((f) => {
      const [, entete, corps] = readFileSync(join(source, 'pratiques', f), 'utf8').split(/^---$/m);
      return { slug: f.replace(/\.mdx$/, ''), donnees: parse(entete!), corps: corps! };
    });
  const hasard = aleatoire(graine);
  const choisir = <T>(l: readonly T[]) => l[Math.floor(hasard() * l.length)]!;
  const themes = Object.keys(THEMATIQUES);
  const publics = Object.keys(PUBLICS);
  for (let i = 0; i < n; i++) {
    const m = modeles[i % modeles.length]!;
    const slug = `${m.slug}-${i}`;
    const d = structuredClone(m.donnees);
    d.titre = `${String(d.titre).slice(0, 100)} (n° ${i})`;
    d.thematique = choisir(themes);
    d.thematiquesAssociees = [choisir(themes)].filter((t) => t !== d.thematique);
    d.publics = [...new Set([choisir(publics), choisir(publics)])];
    d.annee = 1990 + Math.floor(hasard() * 36);
    d.anneeTexte = String(d.annee);
    d.territoire = { ...d.territoire, pays: ['France'], departements: [choisir(DEPARTEMENTS)] };
    d.fichesLiees = i > 0 ? [`${modeles[(i - 1) % modeles.length]!.slug}-${i - 1}`] : [];
    d.anciensSlugs = [];
    writeFileSync(join(cible, 'pratiques', `${slug}.mdx`), `---\n${stringify(d)}---${sansLiensInternes(m.corps)}`);
  }
}
