// `npm run verifier`: checks every sheet and theme page, prints ALL problems, exits 1 if any.
// `--format json` prints them as JSON; in GitHub Actions they also become annotations.
import { formater, verifierCatalogue } from '../src/lib/verifier.ts';

const json = process.argv.includes('--format') && process.argv[process.argv.indexOf('--format') + 1] === 'json';
const { problemes, fiches } = verifierCatalogue('content');

if (json) console.log(JSON.stringify({ fiches: fiches.length, problemes }, null, 2));
else {
  for (const p of problemes) console.error(formater(p));
  if (process.env.GITHUB_ACTIONS) {
    for (const p of problemes) console.log(`::error file=${p.fichier},line=${p.ligne}::${formater(p).replace(/\n/g, '%0A')}`);
  }
  console.error(problemes.length
    ? `\n${problemes.length} problème(s) dans ${new Set(problemes.map((p) => p.fichier)).size} fichier(s) : corrigez-les puis relancez « npm run verifier ».`
    : `${fiches.length} fiches vérifiées : aucun problème.`);
}
process.exit(problemes.length ? 1 : 0);
