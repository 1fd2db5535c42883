// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { readFileSync } from 'node:fs';
import { headingAnchors } from './src/plugins/heading-anchors.ts';
import { sigles } from './src/plugins/sigles.ts';
import { liensInternes } from './src/plugins/liens-internes.ts';
import verifier from './src/integrations/verifier.ts';
import { anciensSlugs } from './src/lib/verifier-fs.ts';
import pagefind from './src/integrations/pagefind.ts';
import enTetes from './src/integrations/en-tetes.ts';

// CONTENU points the build at another content folder (the benchmark's generated catalogues).
const contenu = process.env.CONTENU ?? 'content';
// Validated by the `glossaire` content collection; read here to explain acronyms in every sheet.
const glossaire = JSON.parse(readFileSync(new URL(`${contenu}/glossaire.json`, new URL('./', import.meta.url)), 'utf8'));

const DIRECTIVES_CSP = /** @type {const} */ ([
  "default-src 'self'", "img-src 'self' data:", "connect-src 'self'", "worker-src 'self'",
  "object-src 'none'", "base-uri 'self'", "form-action 'self'",
]);

/** The sitemap lists real pages: not the 404, nor the redirects left at old addresses. */
/** @param {string} dossier */
function horsRedirections(dossier) {
  const anciens = anciensSlugs(dossier);
  return (/** @type {string} */ page) => !/\/404\/?$/.test(page) && !anciens.has(page.match(/\/pratiques\/([^/]+)\/$/)?.[1] ?? '');
}

// SITE and BASE_PATH let the same build serve from a domain root or a sub-path (GitHub Pages).
const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE ?? 'http://localhost:4321';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // The build's content store is then the one vitest's getCollection() reads (.astro/data-store.json);
  // a generated catalogue keeps its own.
  cacheDir: process.env.CONTENU ? `${contenu}/.cache/` : './.astro/',
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 2 },
  // Frontmatter completion and checking in editors, from the same schema (.astro/collections/*.schema.json).
  experimental: { contentIntellisense: true },
  // A meta Content-Security-Policy on every page, with hashes of Astro's own inline scripts and styles;
  // Pagefind needs WebAssembly. The same policy is written to dist/_headers for hosts that read it.
  security: {
    csp: {
      directives: [...DIRECTIVES_CSP],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  markdown: { processor: satteri({ hastPlugins: [headingAnchors, sigles(glossaire), liensInternes(base, site)] }) },
  integrations: [
    verifier(contenu),
    mdx(),
    sitemap({ filter: horsRedirections(contenu) }),
    pagefind(),
    enTetes(),
  ],
});
