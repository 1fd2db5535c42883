// The blank sheet template, to download or paste when adding a sheet from the GitHub web interface.
import type { APIRoute } from 'astro';
import { modeleFiche } from '../lib/modele.ts';

export const GET: APIRoute = () => new Response(modeleFiche({}), { headers: { 'content-type': 'text/markdown; charset=utf-8' } });
