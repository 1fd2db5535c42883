// The public addresses of a build to publish: both test builds are made for a real SITE (one of them under
// a sub-path), a build without SITE stops, and only the local preview points at localhost. The open data validates against the schemas published with it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { SEPARATEUR_CSV } from '../../src/lib/donnees.ts';
import { AVIS_APERCU, CONSEIL_SITE, SITE_APERCU, SITE_MANQUANT } from '../../src/lib/env-fs.ts';
import { astroBuild } from '../support/astro.ts';
import { APERCU, CONTENU, DIST, JOURNAL_APERCU, SITE, slugsFiches } from '../support/site.ts';
import { BASE_SOUS_CHEMIN, CONTENU_SOUS_CHEMIN, frontmatter, SITE_SOUS_CHEMIN } from '../support/sous-chemin.ts';

const fichiers = (dossier: string): string[] =>
  readdirSync(dossier, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));

/** A file's bytes; Pagefind's gzipped index and fragments, unzipped, for the page text they hold. */
const octets = (fichier: string) => {
  const b = readFileSync(fichier);
  return b[0] === 0x1f && b[1] === 0x8b ? gunzipSync(b) : b;
};

/** The files of a build holding « localhost », relative to it. */
const avecLocalhost = (dossier: string) =>
  fichiers(dossier)
    .filter((f) => octets(f).includes('localhost'))
    .map((f) => relative(dossier, f));

const validateur = () => {
  const ajv = new Ajv2020({ allErrors: true });
  addFormats.default(ajv);
  return ajv;
};

describe.each([
  ['à la racine', DIST, '/', CONTENU],
  [`sous ${BASE_SOUS_CHEMIN}`, SITE_SOUS_CHEMIN, BASE_SOUS_CHEMIN, CONTENU_SOUS_CHEMIN],
])('le site construit %s', (_, dossier, base, contenu) => {
  const json = (chemin: string) => JSON.parse(readFileSync(join(dossier, chemin), 'utf8'));

  it('ne contient « localhost » dans aucun fichier', () => {
    expect(fichiers(dossier).length).toBeGreaterThan(slugsFiches().length);
    expect(avecLocalhost(dossier)).toEqual([]);
  });

  it('publie dans /schema/ le schéma des éléments de /api/pratiques.json, et chacun s’y conforme', () => {
    const schema = json('schema/pratique-api.json');
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`${SITE}${base}schema/pratique-api.json`);
    const api = json('api/pratiques.json');
    expect(api.schema).toBe(schema.$id);
    expect(api.pratiques).toHaveLength(slugsFiches().length);
    const valide = validateur().compile(schema);
    for (const p of api.pratiques) expect(valide(p) || valide.errors, p.slug).toBe(true);
    const premiere = api.pratiques[0];
    expect(valide({ ...premiere, inconnu: 1 })).toBe(false);
    expect(valide({ ...premiere, url: 'pratiques/x/' })).toBe(false);
  });

  it('lie les deux schémas depuis /a-propos/, et y dit comment le CSV joint les listes', () => {
    const page = parse(readFileSync(join(dossier, 'a-propos', 'index.html'), 'utf8'));
    for (const schema of ['pratique-api', 'fiche'])
      expect(page.querySelector(`#donnees-ouvertes ~ ul a[href="${base}schema/${schema}.json"]`), schema).not.toBeNull();
    expect(page.querySelector('main')!.text).toContain(`les listes y sont jointes par « ${SEPARATEUR_CSV.trim()} »`);
  });

  it('publie dans /schema/ le schéma de l’en-tête : chaque fiche s’y conforme, un élément de l’API non', () => {
    const schema = json('schema/fiche.json');
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`${SITE}${base}schema/fiche.json`);
    const valide = validateur().compile(schema);
    for (const slug of slugsFiches()) expect(valide(frontmatter(slug, contenu)) || valide.errors, slug).toBe(true);
    expect(valide(json('api/pratiques.json').pratiques[0])).toBe(false);
  });
});

it('une construction sans SITE s’arrête, en français et sans trace de pile, sur ce qu’il faut définir', () => {
  // Its own outDir: dist/, read by the other tests, is never at risk.
  const { code, journal } = astroBuild({ SITE: '', APERCU_LOCAL: '' }, '--outDir', 'tests/.tmp/site-sans-adresse');
  expect(code).toBe(1);
  expect(journal).toContain(SITE_MANQUANT);
  expect(journal).toContain(CONSEIL_SITE);
  expect(journal).toMatch(/SITE=https:\/\/\S+ npm run build/);
  expect(journal).not.toMatch(/^\s+at /m);
});

it('`npm start` construit pour l’aperçu local, le dit, et ses adresses absolues pointent vers cette machine', () => {
  const start = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } }).scripts.start;
  expect(start).toMatch(/^APERCU_LOCAL=1 npm run build && /);
  expect(readFileSync(JOURNAL_APERCU, 'utf8')).toContain(AVIS_APERCU);
  expect(readFileSync(join(APERCU.dossier, 'a-propos', 'index.html'), 'utf8')).toContain(
    `<link rel="canonical" href="${SITE_APERCU}/a-propos/"`,
  );
  expect(avecLocalhost(APERCU.dossier)).toEqual(expect.arrayContaining(['api/pratiques.json', 'sitemap-0.xml', 'flux.xml']));
});
