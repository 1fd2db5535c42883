// The glossary as data: the search page shows an acronym's definition above its results, and re-users
// may take it too (documented on /a-propos/ with the other open data).
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { ancreSigle } from '../../lib/sigles.ts';

export const GET: APIRoute = async () =>
  Response.json({
    sigles: (await getCollection('glossaire')).map(({ data: { sigle, variantes, developpe, definition } }) => ({
      sigle,
      variantes,
      developpe,
      definition,
      ancre: ancreSigle(sigle),
    })),
  });
