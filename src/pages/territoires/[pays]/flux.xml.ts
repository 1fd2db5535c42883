// A country's RSS feed (src/lib/flux.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { PAYS } from '../../../schema/vocabulaire.ts';
import { duPays } from '../../../lib/catalogue.ts';
import { flux } from '../../../lib/flux.ts';
import { slugify } from '../../../lib/slug.ts';

export const getStaticPaths = (() =>
  Object.keys(PAYS).map((pays) => ({ params: { pays: slugify(pays) }, props: { pays } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ pays: string }> = async ({ props: { pays }, site }) =>
  flux(duPays(await getCollection('pratiques'), pays), site, pays);
