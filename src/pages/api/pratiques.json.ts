// Open data: every sheet's metadata, permanent URL and sections (documented on /a-propos/#donnees-ouvertes).
import type { APIRoute } from 'astro';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { enregistrement } from '../../lib/donnees.ts';
import { SITE } from '../../lib/site.ts';
import { href, hrefFiche } from '../../lib/url.ts';

/** The H2s of a sheet's body with the anchors its page gives them (src/plugins/heading-anchors.ts). */
const sections = async (f: CollectionEntry<'pratiques'>) =>
  (await render(f)).headings.filter((h) => h.depth === 2).map((h) => ({ titre: h.text, ancre: h.slug }));

export const GET: APIRoute = async ({ site }) => {
  const absolue = (chemin: string) => new URL(chemin, site).href;
  const fiches = (await getCollection('pratiques')).sort((a, b) => a.id.localeCompare(b.id));
  return Response.json({
    catalogue: SITE.nom,
    documentation: absolue(href('a-propos/#donnees-ouvertes')),
    schema: absolue(href('schema/pratique-api.json')),
    licence: SITE.licence,
    nombre: fiches.length,
    pratiques: await Promise.all(
      fiches.map(async (f) => enregistrement(f.id, f.data, (slug) => absolue(hrefFiche(slug)), await sections(f))),
    ),
  });
};
