import { defineCollection, reference } from 'astro:content';
import { file } from 'astro/loaders';
import { mdxEnHtml } from './loaders/mdx-en-html.ts';
import { ficheSchema, sigle, thematiquePage } from './schema/fiche.ts';
import { REGLAGES } from './lib/env-fs.ts';

const racine = REGLAGES.contenu;

const pratiques = defineCollection({
  loader: mdxEnHtml(`${racine}/pratiques`),
  schema: ficheSchema(reference('pratiques')),
});

const thematiques = defineCollection({
  loader: mdxEnHtml(`${racine}/thematiques`),
  schema: thematiquePage,
});

const glossaire = defineCollection({
  loader: file(`${racine}/glossaire.json`, { parser: (texte) => JSON.parse(texte).map((s: { sigle: string }) => ({ id: s.sigle, ...s })) }),
  schema: sigle.extend({ id: sigle.shape.sigle }),
});

export const collections = { pratiques, thematiques, glossaire };
