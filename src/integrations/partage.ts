// Astro integration with one job: give every sheet its share image (src/lib/partage.ts). The verifier
// hands over the sheets it read; a worker thread draws their images into a cache as soon as the build
// starts, alongside Vite and the pages; once the pages are written, each image is copied beside its page.
import type { AstroIntegration } from 'astro';
import { copyFileSync, linkSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resultatDuFil } from '../lib/fil-fs.ts';
import { nombre } from '../lib/format.ts';
import { fichierPartage } from '../lib/partage.ts';
import type { dessinerImages, ImageFaite } from '../lib/partage-fs.ts';
import type { FicheTransmise } from '../lib/verifier-parallele-fs.ts';

type DonneesDessin = Parameters<typeof dessinerImages>[0][number];

/** Where the images outlive a build; a clean clone simply draws them all. */
export const CACHE_PARTAGE = 'node_modules/.cache/pratiques-emergentes/partage/';

/** Every image, drawn by one worker thread: the rasteriser then runs on another core than Astro's. */
async function dessiner(fiches: readonly DonneesDessin[], cache: string): Promise<{ faites: ImageFaite[]; duree: number }> {
  const debut = performance.now();
  const faites = await resultatDuFil<ImageFaite[]>(
    new URL('./partage-travail.ts', import.meta.url),
    { fiches, cache },
    'le dessin des images de partage s’est arrêté',
  );
  return { faites, duree: performance.now() - debut };
}

// A hard link where the file system allows one: a cached image is never rewritten in place (its name is its
// content's hash, and it is written aside then renamed), so the copy would only cost time.
const poser = (cache: string, cible: string) => {
  try {
    linkSync(cache, cible);
  } catch {
    copyFileSync(cache, cible);
  }
};

export default function partage() {
  let donnees: readonly DonneesDessin[] = [];
  let images: ReturnType<typeof dessiner> | undefined;
  const integration: AstroIntegration = {
    name: 'pratiques-emergentes:partage',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        images = dessiner(donnees, fileURLToPath(new URL(CACHE_PARTAGE, config.root)));
        // Awaited once the pages are written; until then a failure must not go unhandled.
        images.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!images) return;
        const { faites, duree } = await images;
        for (const i of faites) poser(i.fichier, fileURLToPath(new URL(fichierPartage(i.slug), dir)));
        const dessinees = faites.filter((i) => i.dessinee).length;
        logger.info(
          `${nombre(faites.length, 'image de partage', 'images de partage')} : ${nombre(dessinees, 'dessinée')} en ${(duree / 1000).toFixed(1)} s hors du fil principal, ${nombre(faites.length - dessinees, 'reprise')} du cache`,
        );
      },
    },
  };
  /**
   * The verifier's sheets: those whose images are drawn. Only what the picture shows is kept, and crosses
   * to the worker: the sheets read stay in memory no longer than the verifier needs them.
   */
  const recevoir = (lues: readonly FicheTransmise[]) => {
    donnees = lues.flatMap(({ slug, donnees: d }) =>
      d ? [{ slug, titre: d.titre, thematique: d.thematique, territoire: { libelle: d.territoire.libelle } }] : [],
    );
  };
  return { integration, recevoir };
}
