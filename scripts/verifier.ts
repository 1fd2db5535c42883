// `npm run verifier`: checks every sheet and theme page, prints ALL problems, exits 1 if any.
//   --format json   the problems as JSON, for tools
//   --contenu DIR   another content folder (default: CONTENU, else content)
// In GitHub Actions, each problem also becomes an annotation on its file and line.
import { parseArgs } from 'node:util';
import { conclusion, formater } from '../src/lib/verifier-fs.ts';
import { verifierCatalogueParallele } from '../src/lib/verifier-parallele-fs.ts';
import { nombre } from '../src/lib/format.ts';
import { REGLAGES } from '../src/lib/env-fs.ts';

const { values } = parseArgs({
  options: { format: { type: 'string', default: 'texte' }, contenu: { type: 'string', default: REGLAGES.contenu } },
});
const { problemes, fiches } = await verifierCatalogueParallele(values.contenu!);

if (values.format === 'json') console.log(JSON.stringify({ fiches: fiches.length, problemes }, null, 2));
else {
  for (const p of problemes) console.error(formater(p));
  if (REGLAGES.githubActions) {
    const echapper = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    for (const p of problemes)
      console.log(
        `::error file=${p.fichier},line=${p.ligne},title=${echapper(p.champ ? `champ ${p.champ}` : 'fiche')}::${echapper(p.message)}`,
      );
  }
  console.error(
    problemes.length ? `\n${conclusion(problemes)}` : `${nombre(fiches.length, 'fiche vérifiée', 'fiches vérifiées')} : aucun problème.`,
  );
}
process.exit(problemes.length ? 1 : 0);
