// /pratiques-emergentes.bib, -biblatex.bib, .ris, .json: the whole catalogue's reference (offered on /a-propos/).
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { FICHIER_CATALOGUE, FORMATS, nomFichier } from '../lib/citation.ts';
import { citationCatalogue } from '../lib/citer-fiche.ts';
import { plusRecentes } from '../lib/catalogue.ts';

export const getStaticPaths = () =>
  FORMATS.map((format) => ({ params: { fichier: nomFichier(FICHIER_CATALOGUE, format) }, props: { format } }));

export const GET: APIRoute = async ({ props, site }) => {
  const derniere = plusRecentes(await getCollection('pratiques'))[0]!.data.miseAJour;
  return new Response(props.format.ecrire(citationCatalogue(derniere, site!)), { headers: { 'content-type': props.format.type } });
};
