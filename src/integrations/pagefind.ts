// Astro integration with one job: build the Pagefind index of the built site, in French, and the
// vocabulary of what it indexed (pagefind/vocabulaire.json), from which the search corrects misspellings.
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createIndex, close } from 'pagefind';
import { vocabulaireDe } from '../lib/vocabulaire.ts';

/**
 * Pagefind runs the text of a description list's terms and descriptions together (« Autres termes »
 * then « family group conference » would be the word « termesfamily »): a space after each of them keeps
 * their words apart, in the index and in the excerpts. The pages themselves are left as they are.
 */
export const separerDescriptions = (html: string) => html.replace(/<\/(dt|dd)>/g, '</$1> ');

/** The file the search page loads to propose corrections, beside the index. */
export const FICHIER_VOCABULAIRE = 'vocabulaire.json';

/** The indexed text of each page, read back from Pagefind's fragments (gzip, then « pagefind_dcd » and JSON). */
async function textesIndexes(dossier: string): Promise<string[]> {
  const fragments = join(dossier, 'fragment');
  return Promise.all(
    (await readdir(fragments)).map(async (f) => {
      const { content, meta } = JSON.parse(
        gunzipSync(await readFile(join(fragments, f)))
          .toString('utf8')
          .replace(/^pagefind_dcd/, ''),
      ) as {
        content: string;
        meta: { title?: string };
      };
      return `${meta.title ?? ''}\n${content}`;
    }),
  );
}

export default function pagefind(): AstroIntegration {
  return {
    name: 'pratiques-emergentes:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // Pagefind indexes in a child process: close it whatever happens, so none outlives the build.
        try {
          const { index, errors } = await createIndex({ forceLanguage: 'fr' });
          if (!index) throw new Error(`Pagefind : ${errors.join(', ')}`);
          const racine = fileURLToPath(dir);
          const pages = (await readdir(racine, { recursive: true })).filter((f) => f.endsWith('.html'));
          for (const page of pages) {
            const contenu = separerDescriptions(await readFile(join(racine, page), 'utf8'));
            const ajout = await index.addHTMLFile({ sourcePath: page.split(sep).join('/'), content: contenu });
            if (ajout.errors.length) throw new Error(`Pagefind : ${page} : ${ajout.errors.join(', ')}`);
          }
          const dossier = fileURLToPath(new URL('pagefind/', dir));
          const ecrit = await index.writeFiles({ outputPath: dossier });
          if (ecrit.errors.length) throw new Error(`Pagefind : ${ecrit.errors.join(', ')}`);
          await writeFile(join(dossier, FICHIER_VOCABULAIRE), JSON.stringify(vocabulaireDe(await textesIndexes(dossier))));
          logger.info(`${pages.length} pages indexées par Pagefind`);
        } finally {
          await close();
        }
      },
    },
  };
}
