// /pratiques/<slug>/<slug>.bib, <slug>-biblatex.bib, <slug>.ris, <slug>.json: a sheet's reference for
// bibliography software, beside its page and named after it.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { FORMATS, nomFichier } from '../../../lib/citation.ts';
import { citationFiche } from '../../../lib/citer-fiche.ts';

export async function getStaticPaths() {
  const fiches = await getCollection('pratiques');
  return fiches.flatMap((fiche) =>
    FORMATS.map((format) => ({ params: { slug: fiche.id, fichier: nomFichier(fiche.id, format) }, props: { fiche, format } })),
  );
}

export const GET: APIRoute = ({ props, site }) =>
  new Response(props.format.ecrire(citationFiche(props.fiche, site!)), { headers: { 'content-type': props.format.type } });
