// Pagefind's browser API, run in Node against the built index: fetch is shimmed over file: URLs.
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { OptionsRecherchePagefind, Pagefind } from '../../src/lib/pagefind.ts';
import { DIST } from './site.ts';

let api: Promise<Pagefind> | undefined;

export function pagefind(): Promise<Pagefind> {
  api ??= (async () => {
    const natif = globalThis.fetch;
    globalThis.fetch = (async (entree: string | URL | Request, init?: RequestInit) => {
      const url = new URL(entree instanceof Request ? entree.url : entree.toString());
      if (url.protocol !== 'file:') return natif(entree, init);
      return new Response(await readFile(url));
    }) as typeof fetch;
    const module = (await import(pathToFileURL(join(DIST, 'pagefind', 'pagefind.js')).href)) as Pagefind;
    await module.options({ basePath: pathToFileURL(join(DIST, 'pagefind/')).href, baseUrl: '/' });
    await module.init();
    return module;
  })();
  return api;
}

/** URLs of the results of a query, in order. */
export async function urls(q: string | null, options: OptionsRecherchePagefind = {}): Promise<string[]> {
  const r = await (await pagefind()).search(q, options);
  return Promise.all(r.results.map(async (x) => (await x.data()).url));
}
