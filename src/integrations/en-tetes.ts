// Astro integration with one job: write dist/_headers (read by Netlify, Cloudflare Pages and others)
// with the same Content-Security-Policy as the pages' <meta>, plus what only a header can say.
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Security headers beyond the CSP: these cannot be set from a <meta>. */
export const EN_TETES = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export const cspDe = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];

export default function enTetes(): AstroIntegration {
  return {
    name: 'pratiques-emergentes:en-tetes',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const csp = cspDe(readFileSync(fileURLToPath(new URL('index.html', dir)), 'utf8'));
        if (!csp) throw new Error('Aucune Content-Security-Policy trouvée dans index.html');
        const lignes = Object.entries({ 'Content-Security-Policy': `${csp.trim()} frame-ancestors 'none';`, ...EN_TETES });
        writeFileSync(fileURLToPath(new URL('_headers', dir)), `/*\n${lignes.map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n`);
        logger.info('_headers écrit');
      },
    },
  };
}
