// The web app manifest (src/lib/manifeste.ts), under this build's base, in the stylesheet's colours.
import type { APIRoute } from 'astro';
import css from '../styles/global.css?raw';
import { couleursDe, manifeste } from '../lib/manifeste.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(manifeste(import.meta.env.BASE_URL, couleursDe(css)), null, 2), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
