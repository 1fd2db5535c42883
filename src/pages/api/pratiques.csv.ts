// Open data as CSV (RFC 4180, UTF-8 with BOM so that spreadsheets read the accents).
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { stringify } from 'csv-stringify/sync';
import { COLONNES, enregistrement, ligneCsv } from '../../lib/donnees.ts';
import { hrefFiche } from '../../lib/url.ts';

export const GET: APIRoute = async ({ site }) => {
  const fiches = (await getCollection('pratiques')).sort((a, b) => a.id.localeCompare(b.id));
  const lignes = fiches.map((f) => ligneCsv(enregistrement(f.id, f.data, (slug) => new URL(hrefFiche(slug), site).href)));
  return new Response(`\uFEFF${stringify([COLONNES.map((c) => c.cle), ...lignes], { record_delimiter: 'windows' })}`, {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
};
