// A département's RSS feed (src/lib/flux.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { duDepartement } from '../../../../lib/catalogue.ts';
import { flux } from '../../../../lib/flux.ts';
import { departement } from '../../../../lib/territoires.ts';

export const getStaticPaths = (async () =>
  [...new Set((await getCollection('pratiques')).flatMap((f) => f.data.territoire.departements))].map((code) => ({
    params: { departement: code.toLowerCase() },
    props: { code },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ code: string }> = async ({ props: { code }, site }) => {
  const dep = departement(code)!;
  return flux(duDepartement(await getCollection('pratiques'), code), site, `${dep.nom} (${dep.code})`);
};
