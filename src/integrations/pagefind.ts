// Astro integration with one job: build the Pagefind index of the built site, in French.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { createIndex, close } from 'pagefind';

export default function pagefind(): AstroIntegration {
  return {
    name: 'pratiques-emergentes:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // Pagefind indexes in a child process: close it whatever happens, so none outlives the build.
        try {
          const { index, errors } = await createIndex({ forceLanguage: 'fr' });
          if (!index) throw new Error(`Pagefind : ${errors.join(', ')}`);
          const ajout = await index.addDirectory({ path: fileURLToPath(dir) });
          if (ajout.errors.length) throw new Error(`Pagefind : ${ajout.errors.join(', ')}`);
          const ecrit = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
          if (ecrit.errors.length) throw new Error(`Pagefind : ${ecrit.errors.join(', ')}`);
          logger.info(`${ajout.page_count} pages indexées par Pagefind`);
        } finally {
          await close();
        }
      },
    },
  };
}
