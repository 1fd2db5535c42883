// Open data: every sheet's metadata and permanent URL (documented on /a-propos/#donnees-ouvertes).
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { enregistrement } from '../../lib/donnees.ts';
import { SITE } from '../../lib/site.ts';
import { href, hrefFiche } from '../../lib/url.ts';

export const GET: APIRoute = async ({ site }) => {
  const absolue = (chemin: string) => new URL(chemin, site).href;
  const fiches = (await getCollection('pratiques')).sort((a, b) => a.id.localeCompare(b.id));
  return Response.json({
    catalogue: SITE.nom,
    documentation: absolue(href('a-propos/#donnees-ouvertes')),
    schema: absolue(href('schema/pratique-api.json')),
    licence: SITE.licence,
    nombre: fiches.length,
    pratiques: fiches.map((f) => enregistrement(f.id, f.data, (slug) => absolue(hrefFiche(slug)))),
  });
};
