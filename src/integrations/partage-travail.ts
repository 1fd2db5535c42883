// The worker thread that draws the share images (src/integrations/partage.ts), so that rasterising
// runs on another core while Astro renders the pages.
import { parentPort, workerData } from 'node:worker_threads';
import { dessinerImages } from '../lib/partage-fs.ts';

const { fiches, cache } = workerData as { fiches: Parameters<typeof dessinerImages>[0]; cache: string };
parentPort!.postMessage(dessinerImages(fiches, cache));
