// The same catalogue built under a sub-path (BASE_PATH, as on GitHub Pages), one sheet renamed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { FORMATS } from '../../src/lib/citation.ts';
import { citationsLues, connecteurs, connecteursAttendus, referenceAttendue } from '../support/citations.ts';
import { explorer } from '../support/crawl.ts';
import { fiches } from '../support/catalogue.ts';
import { BASE_SOUS_CHEMIN as BASE, CONTENU_SOUS_CHEMIN, frontmatter, RENOMMEE, SITE_SOUS_CHEMIN as SITE } from '../support/sous-chemin.ts';

/** Every old address of that build's content, with the sheet it now is: the renamed one, and any other. */
const anciennes = fiches.flatMap((f) =>
  ((frontmatter(f.id, CONTENU_SOUS_CHEMIN).anciensSlugs ?? []) as string[]).map((ancien) => [ancien, f.id] as const),
);
const page = (chemin: string) => parse(readFileSync(join(SITE, chemin, 'index.html'), 'utf8'));

describe(`le site sous ${BASE}`, () => {
  it('n’a aucun lien interne cassé ni sorti du sous-chemin, et atteint chaque fiche', () => {
    const { atteintes, casses } = explorer(SITE, BASE);
    expect(casses).toEqual([]);
    for (const f of fiches) expect(atteintes.has(`${BASE}pratiques/${f.id}/`), f.id).toBe(true);
  });

  it('charge la recherche et ses ressources sous le sous-chemin', () => {
    const scripts = page('recherche').querySelectorAll('script[type="module"]');
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) if (s.getAttribute('src')) expect(s.getAttribute('src')).toMatch(new RegExp(`^${BASE}_astro/`));
    const code = readFileSync(join(SITE, page('recherche').querySelector('script[src]')!.getAttribute('src')!.slice(BASE.length)), 'utf8');
    expect(code).toContain(BASE);
  });

  it('renomme une fiche pour ce contrôle', () => {
    expect(anciennes).toContainEqual([RENOMMEE.ancien, RENOMMEE.slug]);
  });

  it.each(anciennes)('laisse à l’ancienne adresse %s d’une fiche renommée une page qui renvoie à %s', (ancien, slug) => {
    const redirection = page(`pratiques/${ancien}`);
    const cible = `${BASE}pratiques/${slug}/`;
    expect(redirection.querySelector('meta[http-equiv="refresh"]')!.getAttribute('content')).toBe(`0; url=${cible}`);
    expect(redirection.querySelector('link[rel="canonical"]')!.getAttribute('href')).toMatch(new RegExp(`${cible}$`));
    expect(redirection.querySelector('meta[name="robots"]')!.getAttribute('content')).toBe('noindex');
    expect(redirection.querySelector('main a')!.getAttribute('href')).toBe(cible);
  });
});

describe.each(fiches.map((f) => [f.id, f] as const))(`les citations de la fiche %s sous ${BASE}`, (slug, f) => {
  const fiche = page(`pratiques/${slug}`);
  // The build's public address, as its pages give it.
  const adresse = new URL(`${BASE}pratiques/${slug}/`, fiche.querySelector('link[rel="canonical"]')!.getAttribute('href')!);

  it.each(FORMATS.map((format) => [format.libelle, format] as const))(
    'donnent en %s l’adresse de la fiche sous le sous-chemin',
    (_, format) => {
      expect(citationsLues(fiche, format)).toEqual(referenceAttendue(f, adresse, format));
    },
  );

  it('donnent aux connecteurs l’adresse sous le sous-chemin', () => {
    expect(connecteurs(fiche)).toEqual(connecteursAttendus(f, adresse));
  });
});
