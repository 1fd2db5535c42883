// Pagefind's browser API (pagefind.js) run in Node against a built site's index, for the tests and the
// bench: the module fetches its index with fetch(), shimmed here over file: URLs.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { OptionsPagefind, Pagefind } from './pagefind.ts';
import { fusionnerTranches, lireTranches } from './tranches.ts';

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

const charges = new Map<string, Promise<Pagefind>>();

/**
 * The Pagefind API over `<dist>/pagefind/` and its other slices, initialised, one per folder. Result URLs start at `/`
 * (`baseUrl`), whatever the sub-path the site was built for; `options` adds or overrides options.
 */
export function chargerPagefind(dist: string, options: OptionsPagefind = {}): Promise<Pagefind> {
  const dossier = join(dist, 'pagefind');
  let api = charges.get(dossier);
  if (!api) {
    api = (async () => {
      fetchFichiers();
      const module = (await import(pathToFileURL(join(dossier, 'pagefind.js')).href)) as Pagefind;
      const reglages = { baseUrl: '/', ...options };
      const adresse = pathToFileURL(dossier + '/').href;
      await module.options({ basePath: adresse, ...reglages });
      await module.init();
      await fusionnerTranches(module, adresse, await lireTranches(adresse), reglages);
      return module;
    })();
    charges.set(dossier, api);
  }
  return api;
}
