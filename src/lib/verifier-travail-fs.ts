// A worker thread of the parallel verifier (verifier-parallele-fs.ts): checks its share of the sheets.
import { parentPort, workerData } from 'node:worker_threads';
import { verifierFiches } from './verifier-fs.ts';
import { transmise, type Lot } from './verifier-parallele-fs.ts';

const { racine, base, noms, glossaire } = workerData as Lot;
const { problemes, fiches } = verifierFiches(racine, base, noms, glossaire);
parentPort!.postMessage({ problemes, fiches: fiches.map(transmise) });
