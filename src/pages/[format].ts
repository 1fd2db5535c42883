// /citation.bib and /citation.ris: the whole catalogue's reference (offered on /a-propos/).
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { FORMATS } from '../lib/citation.ts';
import { citationCatalogue } from '../lib/citer-fiche.ts';
import { plusRecentes } from '../lib/catalogue.ts';

export const getStaticPaths = () => Object.keys(FORMATS).map((format) => ({ params: { format } }));

export const GET: APIRoute = async ({ params, site }) => {
  const format = FORMATS[params.format as keyof typeof FORMATS];
  const derniere = plusRecentes(await getCollection('pratiques'))[0]!.data.miseAJour;
  return new Response(format.ecrire(citationCatalogue(derniere, site!)), { headers: { 'content-type': format.type } });
};
