// @ts-check
import { defineConfig } from 'astro/config';
import pratiquesEmergentes from './src/integrations/index.ts';
import { CONTENU_PAR_DEFAUT, REGLAGES } from './src/lib/env-fs.ts';

const DIRECTIVES_CSP = /** @type {const} */ ([
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
]);

export default defineConfig({
  // The same build serves from a domain root or a sub-path (GitHub Pages): see src/lib/env-fs.ts. The
  // public address (`site`) depends on the command too: the project's integration sets it.
  base: REGLAGES.base,
  trailingSlash: 'always',
  // The build's content store is then the one vitest's getCollection() reads (.astro/data-store.json);
  // a generated catalogue keeps its own.
  cacheDir: REGLAGES.contenu === CONTENU_PAR_DEFAUT ? './.astro/' : `${REGLAGES.contenu}/.cache/`,
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 2 },
  // A component's scope as a class rather than a `data-astro-cid-…` attribute on each of its elements:
  // the same specificity, fewer bytes on every card of every listing.
  scopedStyleStrategy: 'class',
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
  // No code highlighting: the sheets hold no code, and Shiki's inline styles would break this CSP.
  markdown: { syntaxHighlight: false },
  integrations: [pratiquesEmergentes()],
});
