// The second build: the catalogue under a sub-path (BASE_PATH, as on GitHub Pages), with one sheet
// given an old address and saved as on Windows.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parse } from 'yaml';
import { blocFrontmatter, normaliserTexte } from '../../src/lib/frontmatter.ts';
import { CONTENU, slugsFiches } from './site.ts';

export const BASE_SOUS_CHEMIN = '/pratiques-emergentes/';
/** That build's public address (SITE): the tests' real domain, as in production. */
export { SITE as ADRESSE_SOUS_CHEMIN } from './site.ts';
export const SITE_SOUS_CHEMIN = fileURLToPath(new URL('../.tmp/site-sous-chemin/', import.meta.url));
export const CONTENU_SOUS_CHEMIN = fileURLToPath(new URL('../.tmp/contenu-sous-chemin', import.meta.url));

/** The YAML frontmatter of a sheet of content/pratiques, as data. */
export const frontmatter = (slug: string, contenu = CONTENU): Record<string, unknown> =>
  parse(blocFrontmatter(normaliserTexte(readFileSync(join(contenu, 'pratiques', `${slug}.mdx`), 'utf8')))!);

/**
 * The sheet the sub-path build renames: the first one without old addresses, given one more that no
 * sheet uses. Chosen from the content, so that any catalogue has one.
 */
export const RENOMMEE = (() => {
  const slugs = slugsFiches();
  const anciens = (s: string) => (frontmatter(s).anciensSlugs ?? []) as string[];
  const pris = new Set([...slugs, ...slugs.flatMap(anciens)]);
  const slug = slugs.find((s) => !anciens(s).length)!;
  const ancien = `${slug}-ancienne-adresse`;
  if (!slug || pris.has(ancien)) throw new Error(`aucune fiche à renommer pour la construction sous ${BASE_SOUS_CHEMIN}`);
  return { slug, ancien };
})();
