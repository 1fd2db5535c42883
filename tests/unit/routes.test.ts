// The site's addresses as the verifier reads them from src/pages.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { existe, routeDe, routesDuSite, segmentsDynamiques } from '../../src/lib/routes-fs.ts';
import { valeursDynamiques } from '../../src/lib/verifier-fs.ts';

const routes = routesDuSite(fileURLToPath(new URL('../../src/pages/', import.meta.url)));

describe('les adresses du site', () => {
  it('suivent les fichiers de pages comme Astro les construit (dossiers, points d’accès)', () => {
    expect(routeDe('index.astro')).toBe('/');
    expect(routeDe('pratiques/index.astro')).toBe('/pratiques/');
    expect(routeDe('pratiques/[slug].astro')).toBe('/pratiques/[slug]/');
    expect(routeDe('api/pratiques.json.ts')).toBe('/api/pratiques.json');
    expect(routeDe('_brouillon.astro')).toBeUndefined();
    expect(routes).not.toContain('/404/');
  });

  it('bâtissent une liste paginée à son adresse et sous le numéro de chaque page suivante', () => {
    expect(routeDe('pratiques/[...page].astro')).toBe('/pratiques/[...page]/');
    expect(routes).toContain('/pratiques/');
    expect(routes).toContain('/pratiques/[...page]/');
    const valeurs = { '/thematiques/[slug]': new Set(['a']), '/thematiques/[slug]/[...page]': new Set(['page-2']) };
    const paginee = ['/thematiques/[slug]/[...page]/', '/thematiques/[slug]/'];
    expect(['/thematiques/a/', '/thematiques/a/page-2/', '/thematiques/a/page-3/'].map((c) => existe(c, paginee, valeurs))).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('donnent des valeurs à chaque segment dynamique des pages', () => {
    const valeurs = valeursDynamiques([], new Set(), new Set());
    for (const route of routes) for (const segment of segmentsDynamiques(route)) expect(Object.keys(valeurs), route).toContain(segment);
  });

  it('reconnaissent une adresse par ses segments fixes et dynamiques', () => {
    const valeurs = { '/pratiques/[slug]': new Set(['a']) };
    expect(existe('/pratiques/a/', ['/pratiques/[slug]/'], valeurs)).toBe(true);
    expect(existe('/pratiques/b/', ['/pratiques/[slug]/'], valeurs)).toBe(false);
    expect(existe('/pratiques/a', ['/pratiques/[slug]/'], valeurs)).toBe(false);
  });
});
