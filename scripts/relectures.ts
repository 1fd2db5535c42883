// `npm run relectures`: the sheets whose last review (`miseAJour`) is more than two years old.
//   --format markdown   the list as the body of the GitHub issue the scheduled workflow keeps up to date
//   --contenu DIR       another content folder
//   --date AAAA-MM-JJ   the day to count from (today by default)
import { parseArgs } from 'node:util';
import { REGLAGES } from '../src/lib/env-fs.ts';
import { dateFrancaise, nombre } from '../src/lib/format.ts';
import { ANS_ENTRE_RELECTURES, fichesARelire } from '../src/lib/relectures.ts';
import { aujourdhui } from '../src/lib/modele.ts';
import { verifierCatalogue } from '../src/lib/verifier-fs.ts';

const { values } = parseArgs({
  options: {
    format: { type: 'string', default: 'texte' },
    contenu: { type: 'string', default: REGLAGES.contenu },
    date: { type: 'string', default: aujourdhui() },
  },
});
const fiches = verifierCatalogue(values.contenu!).fiches.flatMap((f) =>
  f.donnees ? [{ slug: f.slug, titre: f.donnees.titre, miseAJour: f.donnees.miseAJour, fichier: f.fichier }] : [],
);
const dues = fichesARelire(fiches, values.date!);
const fichier = (slug: string) => fiches.find((f) => f.slug === slug)!.fichier;

if (values.format === 'markdown') {
  console.log(
    dues.length
      ? [
          `${nombre(dues.length, 'fiche n’a', 'fiches n’ont')} pas été relue${dues.length > 1 ? 's' : ''} depuis plus de ${ANS_ENTRE_RELECTURES} ans (liste du ${dateFrancaise(values.date!)}).`,
          'Relisez chacune avec ses sources, corrigez-la si besoin, puis mettez à jour son champ `miseAJour`.',
          '',
          ...dues.map(
            (f) =>
              `- [ ] [${f.titre}](${REGLAGES.depot}/blob/main/${fichier(f.slug)}) : relue le ${dateFrancaise(f.miseAJour)}, à relire depuis le ${dateFrancaise(f.prochaine)}`,
          ),
        ].join('\n')
      : `Aucune fiche à relire au ${dateFrancaise(values.date!)}.`,
  );
} else {
  for (const f of dues) console.log(`${fichier(f.slug)} : relue le ${f.miseAJour}, à relire depuis le ${f.prochaine}`);
  console.error(dues.length ? `\n${nombre(dues.length, 'fiche à relire', 'fiches à relire')}.` : 'Aucune fiche à relire.');
}
