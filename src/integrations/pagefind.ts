// Astro integration with one job: build the Pagefind index of the built site, in French, in slices of
// a few hundred pages (src/lib/tranches.ts), with their list and the pages' sort values beside the first,
// and the vocabulary of what it indexed (pagefind/vocabulaire.json), from which the search corrects misspellings.
import type { AstroIntegration } from 'astro';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createIndex, close } from 'pagefind';
import { REGLAGES } from '../lib/env-fs.ts';
import { nombre } from '../lib/format.ts';
import {
  dossierTranche,
  FICHIER_TRANCHES,
  FICHIER_TRIS,
  morceauIndex,
  repartir,
  trisDe,
  type Tranches,
  type ValeursTri,
} from '../lib/tranches.ts';
import { vocabulaireDe } from '../lib/vocabulaire.ts';

/**
 * Pagefind runs the text of a description list's terms and descriptions together (« Autres termes »
 * then « family group conference » would be the word « termesfamily »): a space after each of them keeps
 * their words apart, in the index and in the excerpts. The pages themselves are left as they are.
 */
export const separerDescriptions = (html: string) => html.replace(/<\/(dt|dd)>/g, '</$1> ');

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
        // Pagefind indexes in a child process: close it whatever happens, so none outlives the build.
        try {
          const racine = fileURLToPath(dir);
          // Each page's sort values by its URL, as the fragments give it; the pages themselves are read again when indexed.
          const tris = new Map<string, Record<string, number>>();
          const pages: string[] = [];
          for (const f of (await readdir(racine, { recursive: true })).filter((f) => f.endsWith('.html')).sort()) {
            const html = await readFile(join(racine, f), 'utf8');
            if (!aIndexer(html)) continue;
            pages.push(f.split(sep).join('/'));
            tris.set(`/${pages.at(-1)!.replace(/index\.html$/, '')}`, trisDe(html));
          }
          const premier = fileURLToPath(new URL('pagefind/', dir));
          const tranches = repartir(pages, REGLAGES.pagesParTranche);
          const cles = [...new Set([...tris.values()].flatMap(Object.keys))];
          const valeurs: ValeursTri = { cles, pages: {} };
          // Read by Pagefind's process when it starts, at the first createIndex().
          process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(morceauIndex(tranches.length));
          const textes: string[] = [];
          for (const [i, tranche] of tranches.entries()) {
            const { index, errors } = await createIndex({ forceLanguage: 'fr' });
            if (!index) throw new Error(`Pagefind : ${errors.join(', ')}`);
            for (const page of tranche) {
              const contenu = separerDescriptions(await readFile(join(racine, page), 'utf8'));
              const ajout = await index.addHTMLFile({ sourcePath: page, content: contenu });
              if (ajout.errors.length) throw new Error(`Pagefind : ${page} : ${ajout.errors.join(', ')}`);
            }
            const dossier = i ? join(premier, dossierTranche(i)) : premier;
            const ecrit = await index.writeFiles({ outputPath: dossier });
            if (ecrit.errors.length) throw new Error(`Pagefind : ${ecrit.errors.join(', ')}`);
            await index.deleteIndex();
            // A new Pagefind process for the next slice: the last one's memory goes back to the system.
            await close();
            // A slice searched with the first needs only its entry, metadata and chunks: not Pagefind's scripts and WebAssembly.
            if (i) for (const f of await readdir(dossier)) if (/\.(js|css|pagefind)$/.test(f)) await rm(join(dossier, f));
            for (const [id, f] of await fragmentsDe(dossier)) {
              textes.push(`${f.meta.title ?? ''}\n${f.content}`);
              const t = tris.get(f.url);
              valeurs.pages[id] = cles.map((c) => t?.[c] ?? null);
            }
          }
          const liste: Tranches = { autres: tranches.slice(1).map((_, i) => dossierTranche(i + 1)) };
          await writeFile(join(premier, FICHIER_TRANCHES), JSON.stringify(liste));
          await writeFile(join(premier, FICHIER_TRIS), JSON.stringify(valeurs));
          await writeFile(join(premier, FICHIER_VOCABULAIRE), JSON.stringify(vocabulaireDe(textes)));
          logger.info(`${pages.length} pages indexées par Pagefind, en ${nombre(tranches.length, 'tranche')}`);
        } finally {
          await close();
          delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
        }
      },
    },
  };
}
