// /pratiques/<slug>/citation.bib and citation.ris: a sheet's reference for bibliography software.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { FORMATS } from '../../../lib/citation.ts';
import { citationFiche } from '../../../lib/citer-fiche.ts';

export async function getStaticPaths() {
  const fiches = await getCollection('pratiques');
  return fiches.flatMap((fiche) => Object.keys(FORMATS).map((format) => ({ params: { slug: fiche.id, format }, props: { fiche } })));
}

export const GET: APIRoute = ({ params, props, site }) => {
  const format = FORMATS[params.format as keyof typeof FORMATS];
  return new Response(format.ecrire(citationFiche(props.fiche, site!)), { headers: { 'content-type': format.type } });
};
