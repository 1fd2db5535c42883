// Pagefind's browser API, run in Node against the built index (src/lib/pagefind-fs.ts).
import { chargerPagefind } from '../../src/lib/pagefind-fs.ts';
import type { IndexPagefind, OptionsRecherchePagefind } from '../../src/lib/pagefind.ts';
import { DIST } from './site.ts';

export const pagefind = (): Promise<IndexPagefind> => chargerPagefind(DIST);

/** URLs of the results of a query, in order. */
export async function urls(q: string | null, options: OptionsRecherchePagefind = {}): Promise<string[]> {
  const r = await (await pagefind()).search(q, options);
  return Promise.all(r.results.map(async (x) => (await x.data()).url));
}
