// Astro integration with one job: build the Pagefind index of the built site, in French, in slices
// (src/lib/tranches.ts) indexed side by side on the machine's cores, with their list and the table of the
// pages' filter and sort values beside the first (src/lib/filtres.ts), and the vocabulary of what it
// indexed (pagefind/vocabulaire.json), from which the search corrects misspellings.
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REGLAGES } from '../lib/env-fs.ts';
import { resultatDuFil } from '../lib/fil-fs.ts';
import { filsIndex, verrouPartage, type Tranche } from '../lib/indexer-fs.ts';
import { nombre } from '../lib/format.ts';
import { FICHIER_PAGES, tablePages, valeursPage, type ValeursPage } from '../lib/filtres.ts';
import { dossierTranche, FICHIER_TRANCHES, morceauIndex, repartir, tetesDeGroupe, type Tranches } from '../lib/tranches.ts';
import { vocabulaireDe } from '../lib/vocabulaire.ts';

/** The file the search page loads to propose corrections, beside the index. */
export const FICHIER_VOCABULAIRE = 'vocabulaire.json';

interface Fragment {
  url: string;
  content: string;
  meta: { title?: string };
}

/** The pages a slice indexed, by Pagefind id, read back from its fragments (gzip, then « pagefind_dcd » and JSON). */
async function fragmentsDe(dossier: string): Promise<Map<string, Fragment>> {
  const fragments = join(dossier, 'fragment');
  const noms = await readdir(fragments);
  const lus = await Promise.all(
    noms.map(
      async (f) =>
        JSON.parse(
          gunzipSync(await readFile(join(fragments, f)))
            .toString('utf8')
            .replace(/^pagefind_dcd/, ''),
        ) as Fragment,
    ),
  );
  return new Map(noms.map((f, i) => [f.replace(/\.pf_fragment$/, ''), lus[i]!]));
}

/** Pages that Pagefind indexes: those that mark their body; a slice holding none would index whole pages. */
const aIndexer = (html: string) => html.includes('data-pagefind-body');

export default function pagefind(): AstroIntegration {
  return {
    name: 'pratiques-emergentes:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const racine = fileURLToPath(dir);
        // Each page's filter and sort values by its URL, as the fragments give it; the pages themselves are read again when indexed.
        const parUrl = new Map<string, ValeursPage>();
        const pages: string[] = [];
        for (const f of (await readdir(racine, { recursive: true })).filter((f) => f.endsWith('.html')).sort()) {
          const html = await readFile(join(racine, f), 'utf8');
          if (!aIndexer(html)) continue;
          pages.push(f.split(sep).join('/'));
          parUrl.set(`/${pages.at(-1)!.replace(/index\.html$/, '')}`, valeursPage(html));
        }
        const premier = fileURLToPath(new URL('pagefind/', dir));
        const reparties = repartir(pages, REGLAGES.pagesParTranche);
        const tetes = tetesDeGroupe(reparties.length);
        const tranches: Tranche[] = reparties.map((p, i) => ({
          racine,
          pages: p,
          dossier: i ? join(premier, dossierTranche(i)) : premier,
          garde: !i ? 'tout' : tetes.has(i) ? 'moteur' : 'index',
        }));
        // Read by each Pagefind process when it starts; the threads inherit it.
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(morceauIndex(tranches.length));
        const fils = filsIndex(tranches.length);
        const ecriture = verrouPartage();
        try {
          await Promise.all(
            Array.from({ length: fils }, (_, f) =>
              resultatDuFil(
                new URL('./pagefind-travail.ts', import.meta.url),
                { tranches: tranches.filter((_, i) => i % fils === f), ecriture },
                'l’indexation par Pagefind s’est arrêtée',
              ),
            ),
          );
        } finally {
          delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
        }
        const parId = new Map<string, ValeursPage>();
        const textes: string[] = [];
        for (const { dossier } of tranches)
          for (const [id, f] of await fragmentsDe(dossier)) {
            textes.push(`${f.meta.title ?? ''}\n${f.content}`);
            parId.set(id, parUrl.get(f.url) ?? { filtres: {}, tris: {} });
          }
        const liste: Tranches = { autres: tranches.slice(1).map((_, i) => dossierTranche(i + 1)) };
        await writeFile(join(premier, FICHIER_TRANCHES), JSON.stringify(liste));
        await writeFile(join(premier, FICHIER_PAGES), JSON.stringify(tablePages(parId)));
        await writeFile(join(premier, FICHIER_VOCABULAIRE), JSON.stringify(vocabulaireDe(textes)));
        logger.info(`${pages.length} pages indexées par Pagefind, en ${nombre(tranches.length, 'tranche')} sur ${nombre(fils, 'fil')}`);
      },
    },
  };
}
