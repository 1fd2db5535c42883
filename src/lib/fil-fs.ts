// One job run in a worker thread, for the build's work that can leave Astro's thread (Node only).
import { Worker } from 'node:worker_threads';

/** The one message the worker `module` sends back, given `donnees`; `arret` names the job if it stops first. */
export const resultatDuFil = <T>(module: URL, donnees: unknown, arret: string): Promise<T> =>
  new Promise((ok, ko) => {
    const t = new Worker(module, { workerData: donnees });
    t.once('message', ok);
    t.once('error', ko);
    t.once('exit', (code) => ko(new Error(`${arret} (code ${code})`)));
  });
