// The content loader of the sheets and theme pages. They stay MDX files for their editors, but hold
// plain Markdown (the verifier refuses imports, components and expressions, and reports MDX syntax
// errors: src/lib/verifier-fs.ts). So each is rendered here by the project's Markdown processor and
// kept as HTML in the content store, which render(entry) hands back. Astro's glob() would make every
// .mdx file a Vite module compiled by @astrojs/mdx, all held in memory through the build (BENCHMARKS.md).
import type { Loader, LoaderContext } from 'astro/loaders';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { blocFrontmatter, corpsDe, lireDonnees, normaliserTexte } from '../lib/frontmatter.ts';

const MDX = /\.mdx$/;

/** Every `.mdx` file of `base` (relative to the project's root), its name without `.mdx` as its id. */
export function mdxEnHtml(base: string): Loader {
  return {
    name: 'pratiques-emergentes:mdx-en-html',
    load: async ({ config, store, parseData, renderMarkdown, generateDigest, watcher, logger }: LoaderContext) => {
      const racine = fileURLToPath(config.root);
      const dossier = resolve(racine, base);

      async function charger(chemin: string) {
        const texte = normaliserTexte(await readFile(chemin, 'utf8'));
        const id = basename(chemin).replace(MDX, '');
        const body = corpsDe(texte);
        const data = await parseData({
          id,
          data: (lireDonnees(blocFrontmatter(texte)) ?? {}) as Record<string, unknown>,
          filePath: chemin,
        });
        const { html, metadata } = await renderMarkdown(body, { fileURL: pathToFileURL(chemin) });
        // Without the newline after the last block, the pages are those @astrojs/mdx rendered, node for node.
        const rendered = { html: html.trimEnd(), metadata };
        // Over the output, not the file: the glossary or the address change a page whose file did not.
        const digest = generateDigest(JSON.stringify([data, rendered]));
        store.set({ id, data, body, rendered, digest, filePath: relative(racine, chemin).split('\\').join('/') });
        return id;
      }

      // One after another: thousands of files opened at once would exhaust the file descriptors.
      const ids = new Set<string>();
      for (const nom of (await readdir(dossier)).filter((n) => MDX.test(n))) ids.add(await charger(join(dossier, nom)));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);

      // `astro dev`: a sheet saved, added or deleted is read again.
      watcher?.add(dossier);
      const suivi = (chemin: string) => MDX.test(chemin) && relative(dossier, chemin) === basename(chemin);
      const recharger = (chemin: string) =>
        suivi(chemin) && charger(chemin).catch((e: Error) => logger.error(`${relative(racine, chemin)} : ${e.message}`));
      watcher?.on('change', recharger);
      watcher?.on('add', recharger);
      watcher?.on('unlink', (chemin) => suivi(chemin) && store.delete(basename(chemin).replace(MDX, '')));
    },
  };
}
