// The project's one Astro integration, composed of one-job integrations as Starlight does. They are
// added right after it, in this order, which is the order their hooks run in: the content is checked
// before anything is built, and the sheets' share images are drawn from it meanwhile; Pagefind indexes
// the built pages, the service worker lists them with the index, then _headers is written.
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { REGLAGES } from '../lib/env-fs.ts';
import { anciensSlugs, lireGlossaire } from '../lib/verifier-fs.ts';
import { headingAnchors } from '../plugins/heading-anchors.ts';
import { liensInternes } from '../plugins/liens-internes.ts';
import { sigles } from '../plugins/sigles.ts';
import bruitAmont from './bruit-amont.ts';
import enTetes from './en-tetes.ts';
import horsLigne from './hors-ligne.ts';
import pagefind from './pagefind.ts';
import partage from './partage.ts';
import verifier from './verifier.ts';

/** The sitemap lists real pages: not the 404 nor the offline notice, nor the redirects left at old addresses. */
function horsRedirections(racine: string) {
  const anciens = anciensSlugs(racine);
  return (page: string) => !/\/(404|hors-ligne)\/?$/.test(page) && !anciens.has(page.match(/\/pratiques\/([^/]+)\/$/)?.[1] ?? '');
}

export default function pratiquesEmergentes(): AstroIntegration {
  return {
    name: 'pratiques-emergentes',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const { contenu, base, site } = REGLAGES;
        const racine = fileURLToPath(new URL(`${contenu}/`, config.root));
        // Read here to explain acronyms in every sheet; the verifier reports an invalid glossary. The acronyms'
        // glossary links carry the base themselves: they come after liensInternes, which would add it twice.
        const glossaire = lireGlossaire(racine);
        const images = partage();
        updateConfig({
          markdown: { processor: satteri({ hastPlugins: [headingAnchors, liensInternes(base, site), sigles(glossaire, base)] }) },
          integrations: [
            verifier(contenu, images.recevoir),
            bruitAmont(),
            mdx(),
            sitemap({ filter: horsRedirections(racine) }),
            images.integration,
            pagefind(),
            horsLigne(),
            enTetes(),
          ],
        });
      },
    },
  };
}
