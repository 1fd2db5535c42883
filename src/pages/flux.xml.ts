// The catalogue's RSS feed (src/lib/flux.ts).
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { flux } from '../lib/flux.ts';

export const GET: APIRoute = async ({ site }) => flux(await getCollection('pratiques'), site);
