// Pagefind's indexing of built pages, one slice at a time in a Pagefind process of its own (Node only):
// run by the Pagefind integration's threads (integrations/pagefind-travail.ts), a few slices each.
import { readdir, readFile, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { createIndex, close } from 'pagefind';

/**
 * Pagefind runs the text of a description list's terms and descriptions together (« Autres termes »
 * then « family group conference » would be the word « termesfamily »): a space after each of them keeps
 * their words apart, in the index and in the excerpts. The pages themselves are left as they are.
 */
export const separerDescriptions = (html: string) => html.replace(/<\/(dt|dd)>/g, '</$1> ');

/** The site's language: Pagefind stems its words as French and loads its French WebAssembly. */
const LANGUE = 'fr';

/** Pagefind's own files (scripts, styles, WebAssembly) that a slice keeps: a module's worker and its language's WebAssembly, or none. */
const gardeAussi = (garde: 'moteur' | 'index', fichier: string) =>
  !/\.(js|css|pagefind)$/.test(fichier) || (garde === 'moteur' && ['pagefind-worker.js', `wasm.${LANGUE}.pagefind`].includes(fichier));

/** Slices indexed at once, each by its own thread and Pagefind process: one a core, four at most. */
export const filsIndex = (tranches: number) => Math.min(4, availableParallelism(), tranches);

/** A slice to index: its pages, relative to the built site `racine`, and the folder it is written to. */
export interface Tranche {
  racine: string;
  pages: string[];
  dossier: string;
  /**
   * What the slice keeps of Pagefind's files beside its index: all (the first), its worker and WebAssembly
   * (a slice a module of the search page may start from, src/lib/tranches.ts), or none.
   */
  garde: 'tout' | 'moteur' | 'index';
}

/**
 * Runs `f` while no other thread holding the same lock does. Pagefind's process peaks while it writes a
 * slice (≈ 260 MB for 400 pages, against ≈ 70 MB while it reads them): threads read their slices side by
 * side and write them one at a time.
 */
async function seul(verrou: Int32Array<SharedArrayBuffer>, f: () => Promise<void>): Promise<void> {
  while (Atomics.compareExchange(verrou, 0, 0, 1) !== 0) {
    // A pending waitAsync() does not keep a thread alive: a timer does, meanwhile.
    const enVie = setInterval(() => {}, 60_000);
    await Atomics.waitAsync(verrou, 0, 1).value;
    clearInterval(enVie);
  }
  try {
    await f();
  } finally {
    Atomics.store(verrou, 0, 0);
    Atomics.notify(verrou, 0);
  }
}

/** A lock for `seul`, shared by the threads it is sent to. */
export const verrouPartage = () => new Int32Array(new SharedArrayBuffer(4));

/**
 * Indexes the slices one after the other, in French, each in a new Pagefind process (the last one's
 * memory goes back to the system), writing under `ecriture`.
 */
export async function indexerTranches(tranches: readonly Tranche[], ecriture = verrouPartage()): Promise<void> {
  // Pagefind indexes in a child process: close it whatever happens, so none outlives the build.
  try {
    for (const { racine, pages, dossier, garde } of tranches) {
      const { index, errors } = await createIndex({ forceLanguage: LANGUE });
      if (!index) throw new Error(`Pagefind : ${errors.join(', ')}`);
      for (const page of pages) {
        const contenu = separerDescriptions(await readFile(join(racine, page), 'utf8'));
        const ajout = await index.addHTMLFile({ sourcePath: page, content: contenu });
        if (ajout.errors.length) throw new Error(`Pagefind : ${page} : ${ajout.errors.join(', ')}`);
      }
      await seul(ecriture, async () => {
        const ecrit = await index.writeFiles({ outputPath: dossier });
        if (ecrit.errors.length) throw new Error(`Pagefind : ${ecrit.errors.join(', ')}`);
        await index.deleteIndex();
        await close();
      });
      if (garde !== 'tout') for (const f of await readdir(dossier)) if (!gardeAussi(garde, f)) await rm(join(dossier, f));
    }
  } finally {
    await close();
  }
}
