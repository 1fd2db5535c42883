// Astro integration with one job: build the Pagefind index of the built site, in French.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { createIndex, close } from 'pagefind';

export default function pagefind(): AstroIntegration {
  return {
    name: 'pratiques-emergentes:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await createIndex({ forceLanguage: 'fr' });
        if (!index) throw new Error(`Pagefind : ${errors.join(', ')}`);
        const ajout = await index.addDirectory({ path: site });
        if (ajout.errors.length) throw new Error(`Pagefind : ${ajout.errors.join(', ')}`);
        const ecrit = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
        if (ecrit.errors.length) throw new Error(`Pagefind : ${ecrit.errors.join(', ')}`);
        await close();
        logger.info(`${ajout.page_count} pages indexées par Pagefind`);
      },
    },
  };
}
