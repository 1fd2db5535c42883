// A worker thread of the Pagefind integration (pagefind.ts): its share of the slices, indexed by a
// Pagefind process of its own, beside the other threads' on the other cores.
import { parentPort, workerData } from 'node:worker_threads';
import { indexerTranches, type Tranche, type verrouPartage } from '../lib/indexer-fs.ts';

const { tranches, ecriture } = workerData as { tranches: Tranche[]; ecriture: ReturnType<typeof verrouPartage> };
await indexerTranches(tranches, ecriture);
parentPort!.postMessage(true);
