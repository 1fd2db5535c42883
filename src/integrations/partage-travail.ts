// The worker thread that draws the share images (src/integrations/partage.ts), so that rasterising
// runs on another core while Astro renders the pages.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { dessinerImages } from '../lib/partage-fs.ts';

// A collection now and then lets the rasteriser's finalisers free its pixels, which the small JavaScript
// heap would not fill up to trigger one (a fresh context exposes `gc` once the flag is set).
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const { fiches, cache } = workerData as { fiches: Parameters<typeof dessinerImages>[0]; cache: string };
parentPort!.postMessage(await dessinerImages(fiches, cache, gc));
