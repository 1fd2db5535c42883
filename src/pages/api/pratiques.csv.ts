// Open data as CSV: every sheet, one row each (src/lib/donnees.ts).
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { documentCsv, enregistrement } from '../../lib/donnees.ts';
import { hrefFiche } from '../../lib/url.ts';

export const GET: APIRoute = async ({ site }) => {
  const fiches = (await getCollection('pratiques')).sort((a, b) => a.id.localeCompare(b.id));
  return new Response(documentCsv(fiches.map((f) => enregistrement(f.id, f.data, (slug) => new URL(hrefFiche(slug), site).href))), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
};
