// The project's one Astro integration, composed of one-job integrations as Starlight does. They are
// added right after it, in this order, which is the order their hooks run in: the content is checked
// before anything is built, and the sheets' share images are drawn from it meanwhile, on another thread;
// Pagefind indexes the built pages, the service worker lists them with the index, _headers is written,
// and the images are put in place last: a first build of a large catalogue draws them for longer than
// Astro renders its pages, and none of the steps before needs them.
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import { AVIS_APERCU, CONSEIL_SITE, REGLAGES, SITE_MANQUANT, siteDe } from '../lib/env-fs.ts';
import { lireGlossaire } from '../lib/listes-fs.ts';
import type { FicheTransmise } from '../lib/verifier-parallele-fs.ts';
import { headingAnchors } from '../plugins/heading-anchors.ts';
import { liensInternes } from '../plugins/liens-internes.ts';
import { sigles } from '../plugins/sigles.ts';
import bruitAmont from './bruit-amont.ts';
import enTetes from './en-tetes.ts';
import horsLigne from './hors-ligne.ts';
import pagefind from './pagefind.ts';
import partage from './partage.ts';
import verifier from './verifier.ts';

/**
 * The sitemap lists real pages: not the 404 nor the offline notice, nor the redirects left at old addresses,
 * known from the sheets the verifier read (`lues`) before the pages are built.
 */
function horsRedirections() {
  let anciens = new Set<string>();
  const lues = (fiches: readonly FicheTransmise[]) => {
    anciens = new Set(fiches.flatMap((f) => f.donnees?.anciensSlugs ?? []));
  };
  const filtre = (page: string) => !/\/(404|hors-ligne)\/?$/.test(page) && !anciens.has(page.match(/\/pratiques\/([^/]+)\/$/)?.[1] ?? '');
  return { lues, filtre };
}

export default function pratiquesEmergentes(): AstroIntegration {
  return {
    name: 'pratiques-emergentes',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        const { contenu, base } = REGLAGES;
        // The public address is set here, where the command is known: a build to publish without SITE
        // would write localhost into every absolute address (citations, QR codes, feeds, sitemap, API).
        const site = siteDe(REGLAGES, command);
        if (!site) {
          const erreur = new AstroError(SITE_MANQUANT, CONSEIL_SITE);
          erreur.stack = ''; // the message says it all: a trace would point here
          throw erreur;
        }
        if (command === 'build' && !REGLAGES.site) logger.warn(AVIS_APERCU);
        const racine = fileURLToPath(new URL(`${contenu}/`, config.root));
        // Read here to explain acronyms in every sheet; the verifier reports an invalid glossary. The acronyms'
        // glossary links carry the base themselves: they come after liensInternes, which would add it twice.
        const glossaire = lireGlossaire(racine);
        const images = partage();
        const redirections = horsRedirections();
        updateConfig({
          site,
          markdown: { processor: satteri({ hastPlugins: [headingAnchors, liensInternes(base, site), sigles(glossaire, base)] }) },
          integrations: [
            verifier(contenu, (fiches) => {
              images.recevoir(fiches);
              redirections.lues(fiches);
            }),
            bruitAmont(),
            sitemap({ filter: redirections.filtre }),
            pagefind(),
            horsLigne(),
            enTetes(),
            images.integration,
          ],
        });
      },
    },
  };
}
