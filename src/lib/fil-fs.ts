// One job run off Astro's thread, for the build's work that can leave it (Node only): in a worker thread,
// or in a child process when what the job allocates must go back to the system once it is done.
import { fork } from 'node:child_process';
import { Worker } from 'node:worker_threads';

/** The one message the worker `module` sends back, given `donnees`; `arret` names the job if it stops first. */
export const resultatDuFil = <T>(module: URL, donnees: unknown, arret: string): Promise<T> =>
  new Promise((ok, ko) => {
    const t = new Worker(module, { workerData: donnees });
    t.once('message', ok);
    t.once('error', ko);
    t.once('exit', (code) => ko(new Error(`${arret} (code ${code})`)));
  });

/**
 * The same from a child process running `module`, which answers with `repondre`. A process rather than a
 * thread: a thread's memory stays in the parent's for good (the allocator keeps it), a process's ends with it.
 */
export const resultatDuProcessus = <T>(module: URL, donnees: unknown, arret: string): Promise<T> =>
  new Promise((ok, ko) => {
    const p = fork(module, { serialization: 'advanced', execArgv: [] });
    p.once('message', (m) => ok(m as T));
    p.once('error', ko);
    p.once('exit', (code) => ko(new Error(`${arret} (code ${code})`)));
    p.send(donnees as object);
  });

/** In a module run by resultatDuProcessus: answers its one message with what `travail` makes of it, then ends. */
export const repondre = <D, T>(travail: (donnees: D) => Promise<T> | T) =>
  process.once('message', async (donnees) => {
    const resultat = await travail(donnees as D);
    process.send!(resultat, () => process.disconnect());
  });
