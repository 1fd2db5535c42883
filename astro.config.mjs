// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { readFileSync } from 'node:fs';
import { headingAnchors } from './src/plugins/heading-anchors.ts';
import { sigles } from './src/plugins/sigles.ts';
import { liensInternes } from './src/plugins/liens-internes.ts';
import verifier from './src/integrations/verifier.ts';
import pagefind from './src/integrations/pagefind.ts';

// CONTENU points the build at another content folder (the benchmark's generated catalogues).
const contenu = process.env.CONTENU ?? 'content';
// Validated by the `glossaire` content collection; read here to explain acronyms in every sheet.
const glossaire = JSON.parse(readFileSync(new URL(`${contenu}/glossaire.json`, new URL('./', import.meta.url)), 'utf8'));

// SITE and BASE_PATH let the same build serve from a domain root or a sub-path (GitHub Pages).
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE ?? 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  // The build's content store is then the one vitest's getCollection() reads (.astro/data-store.json);
  // a generated catalogue keeps its own.
  cacheDir: process.env.CONTENU ? `${contenu}/.cache/` : './.astro/',
  build: { format: 'directory' },
  markdown: { processor: satteri({ hastPlugins: [headingAnchors, sigles(glossaire), liensInternes(base)] }) },
  integrations: [verifier(contenu), mdx(), pagefind()],
});
