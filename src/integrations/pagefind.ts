// Astro integration with one job: build the Pagefind index of the built site, in French.
import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createIndex, close } from 'pagefind';

/**
 * Pagefind runs the text of a description list's terms and descriptions together (« Autres termes »
 * then « family group conference » would be the word « termesfamily »): a space after each of them keeps
 * their words apart, in the index and in the excerpts. The pages themselves are left as they are.
 */
export const separerDescriptions = (html: string) => html.replace(/<\/(dt|dd)>/g, '</$1> ');

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
          const ecrit = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
          if (ecrit.errors.length) throw new Error(`Pagefind : ${ecrit.errors.join(', ')}`);
          logger.info(`${pages.length} pages indexées par Pagefind`);
        } finally {
          await close();
        }
      },
    },
  };
}
