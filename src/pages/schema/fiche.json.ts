// The frontmatter contract as JSON Schema, for editors: tools can autocomplete and check a sheet's
// header with it (see /contribuer/).
import type { APIRoute } from 'astro';
import { fiche } from '../../schema/fiche.ts';
import { reponseSchema, schemaJson } from '../../lib/schema-json.ts';
import { href } from '../../lib/url.ts';

export const GET: APIRoute = ({ site }) =>
  reponseSchema(
    schemaJson(fiche, 'input', {
      $id: new URL(href('schema/fiche.json'), site).href,
      title: 'Fiche de pratique — en-tête (frontmatter)',
      description:
        'L’en-tête d’une fiche du catalogue Pratiques émergentes, tel que ses auteurs l’écrivent (content/pratiques/<slug>.mdx).',
    }),
  );
