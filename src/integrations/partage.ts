// Astro integration with one job: give every sheet its share image (src/lib/partage.ts). The verifier
// hands over the sheets it read; a worker thread draws their images into a cache as soon as the build
// starts, alongside Vite and the pages; once the pages are written, each image is copied beside its page.
import type { AstroIntegration } from 'astro';
import { copyFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { nombre } from '../lib/format.ts';
import { fichierPartage } from '../lib/partage.ts';
import type { ImageFaite } from '../lib/partage-fs.ts';
import type { FicheLue } from '../lib/verifier-fs.ts';

/** Where the images outlive a build; a clean clone simply draws them all. */
export const CACHE_PARTAGE = 'node_modules/.cache/pratiques-emergentes/partage/';

function dessiner(fiches: readonly FicheLue[], cache: string): Promise<{ faites: ImageFaite[]; duree: number }> {
  // Only what the picture shows crosses to the worker.
  const donnees = fiches.flatMap(({ slug, donnees: d }) =>
    d ? [{ slug, titre: d.titre, thematique: d.thematique, territoire: { libelle: d.territoire.libelle } }] : [],
  );
  const debut = performance.now();
  return new Promise((resolve, reject) => {
    const travail = new Worker(new URL('./partage-travail.ts', import.meta.url), { workerData: { fiches: donnees, cache } });
    travail.once('message', (faites: ImageFaite[]) => resolve({ faites, duree: performance.now() - debut }));
    travail.once('error', reject);
    travail.once('exit', (code) => reject(new Error(`le dessin des images de partage s’est arrêté (code ${code})`)));
  });
}

export default function partage() {
  let fiches: readonly FicheLue[] = [];
  let images: ReturnType<typeof dessiner> | undefined;
  const integration: AstroIntegration = {
    name: 'pratiques-emergentes:partage',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        images = dessiner(fiches, fileURLToPath(new URL(CACHE_PARTAGE, config.root)));
        // Awaited once the pages are written; until then a failure must not go unhandled.
        images.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!images) return;
        const { faites, duree } = await images;
        for (const i of faites) copyFileSync(i.fichier, fileURLToPath(new URL(fichierPartage(i.slug), dir)));
        const dessinees = faites.filter((i) => i.dessinee).length;
        logger.info(
          `${nombre(faites.length, 'image de partage', 'images de partage')} : ${nombre(dessinees, 'dessinée')} en ${(duree / 1000).toFixed(1)} s dans un fil à part, ${nombre(faites.length - dessinees, 'reprise')} du cache`,
        );
      },
    },
  };
  /** The verifier's sheets: those whose images are drawn. */
  const recevoir = (lues: readonly FicheLue[]) => {
    fiches = lues;
  };
  return { integration, recevoir };
}
