// Pagefind's browser API (pagefind.js) run in Node against a built site's index, for the tests and the
// bench: the module fetches its index with fetch(), shimmed here over file: URLs.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { IndexCatalogue } from './filtres.ts';
import type { OptionsPagefind, Pagefind } from './pagefind.ts';
import { chargerTranches, lireTranches } from './tranches.ts';

let shim = false;

/** Lets fetch() read file: URLs; other URLs go to the native fetch. Installed once. */
function fetchFichiers() {
  if (shim) return;
  shim = true;
  const natif = globalThis.fetch;
  globalThis.fetch = (async (entree: string | URL | Request, init?: RequestInit) => {
    const url = new URL(entree instanceof Request ? entree.url : entree.toString());
    if (url.protocol !== 'file:') return natif(entree, init);
    return new Response(await readFile(url));
  }) as typeof fetch;
}

const charges = new Map<string, Promise<IndexCatalogue>>();

/**
 * The Pagefind API over `<dist>/pagefind/` and its other slices, initialised, one per folder and number of
 * modules. Result URLs start at `/` (`baseUrl`), whatever the sub-path the site was built for; `options`
 * adds or overrides options. `moteurs` modules share the slices as in the browser (in Node, without workers,
 * they search one after the other).
 */
export function chargerPagefind(dist: string, options: OptionsPagefind = {}, moteurs = 1): Promise<IndexCatalogue> {
  const dossier = join(dist, 'pagefind');
  const cle = `${dossier} ${moteurs}`;
  let api = charges.get(cle);
  if (!api) {
    api = (async () => {
      fetchFichiers();
      const script = pathToFileURL(join(dossier, 'pagefind.js')).href;
      const adresse = pathToFileURL(dossier + '/').href;
      const importer = async (k: number) => (await import(`${script}?moteurs=${moteurs}-${k}`)) as Pagefind;
      return chargerTranches(importer, adresse, await lireTranches(adresse), { baseUrl: '/', ...options }, moteurs);
    })();
    charges.set(cle, api);
  }
  return api;
}
