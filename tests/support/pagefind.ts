// Pagefind's browser API, run in Node against the built index: fetch is shimmed over file: URLs.
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { DIST } from './site.ts';

export interface PagefindApi {
  search(q: string | null, o?: object): Promise<{ results: { id: string; data(): Promise<PagefindData> }[]; filters: Record<string, Record<string, number>>; totalFilters: Record<string, Record<string, number>> }>;
  filters(): Promise<Record<string, Record<string, number>>>;
  options(o: object): Promise<void>;
}
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: { url: string; title: string; excerpt: string }[];
  content: string;
}

let api: Promise<PagefindApi> | undefined;

export function pagefind(): Promise<PagefindApi> {
  api ??= (async () => {
    const natif = globalThis.fetch;
    globalThis.fetch = (async (entree: string | URL | Request, init?: RequestInit) => {
      const url = new URL(entree instanceof Request ? entree.url : entree.toString());
      if (url.protocol !== 'file:') return natif(entree, init);
      return new Response(await readFile(url));
    }) as typeof fetch;
    const module = (await import(pathToFileURL(join(DIST, 'pagefind', 'pagefind.js')).href)) as PagefindApi & { init(): Promise<void> };
    await module.options({ basePath: pathToFileURL(join(DIST, 'pagefind/')).href, baseUrl: '/' });
    await module.init();
    return module;
  })();
  return api;
}

/** URLs of the results of a query, in order. */
export async function urls(q: string | null, options: object = {}): Promise<string[]> {
  const r = await (await pagefind()).search(q, options);
  return Promise.all(r.results.map(async (x) => (await x.data()).url));
}
