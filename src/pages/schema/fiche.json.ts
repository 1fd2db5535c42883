// The fiche contract as JSON Schema, generated from the zod module: editors and tools can
// autocomplete and check a frontmatter with it (see /contribuer/).
import type { APIRoute } from 'astro';
import { z } from 'zod';
import { fiche } from '../../schema/fiche.ts';

export const GET: APIRoute = ({ site }) => {
  const schema = z.toJSONSchema(fiche, { io: 'input', unrepresentable: 'any' });
  return new Response(
    JSON.stringify(
      {
        $id: new URL(`${import.meta.env.BASE_URL}schema/fiche.json`, site).href,
        title: 'Fiche de pratique — en-tête (frontmatter)',
        description: 'Le contrat des fiches du catalogue Pratiques émergentes.',
        ...schema,
      },
      null,
      2,
    ),
    { headers: { 'content-type': 'application/schema+json' } },
  );
};
