// A theme's RSS feed: its sheets and those associated with it (src/lib/flux.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { deLaThematique } from '../../../lib/catalogue.ts';
import { flux } from '../../../lib/flux.ts';

export const getStaticPaths = (async () =>
  (await getCollection('thematiques')).map((thematique) => ({
    params: { slug: thematique.id },
    props: { thematique },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ thematique: CollectionEntry<'thematiques'> }> = async ({ props: { thematique }, site }) => {
  const { principales, associees } = deLaThematique(await getCollection('pratiques'), thematique.id);
  return flux([...principales, ...associees], site, thematique.data.titre);
};
