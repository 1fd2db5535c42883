// RSS feed of new and updated sheets, most recently reviewed first.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { THEMATIQUES } from '../schema/vocabulaire.ts';
import { plusRecentes } from '../lib/catalogue.ts';
import { SITE } from '../lib/site.ts';
import { href, hrefFiche } from '../lib/url.ts';

export const GET: APIRoute = async ({ site }) =>
  rss({
    title: SITE.nom,
    description: 'Nouvelles fiches et fiches mises à jour du catalogue des pratiques émergentes du travail social.',
    site: new URL(href(), site),
    customData: '<language>fr</language>',
    items: plusRecentes(await getCollection('pratiques')).map((f) => ({
      title: f.data.titre,
      link: hrefFiche(f.id),
      description: f.data.resume,
      pubDate: new Date(`${f.data.miseAJour}T00:00:00Z`),
      categories: [THEMATIQUES[f.data.thematique]],
    })),
  });
