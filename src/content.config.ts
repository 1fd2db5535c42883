import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { ficheSchema, sigle, thematiquePage } from './schema/fiche.ts';
import { REGLAGES } from './lib/env-fs.ts';

const racine = REGLAGES.contenu;

const pratiques = defineCollection({
  loader: glob({ base: `${racine}/pratiques`, pattern: '*.mdx' }),
  schema: ficheSchema(reference('pratiques')),
});

const thematiques = defineCollection({
  loader: glob({ base: `${racine}/thematiques`, pattern: '*.mdx' }),
  schema: thematiquePage,
});

const glossaire = defineCollection({
  loader: file(`${racine}/glossaire.json`, { parser: (texte) => JSON.parse(texte).map((s: { sigle: string }) => ({ id: s.sigle, ...s })) }),
  schema: sigle.extend({ id: sigle.shape.sigle }),
});

export const collections = { pratiques, thematiques, glossaire };
