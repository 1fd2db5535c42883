// Gates on every page of the build: valid HTML, a unique title, French, a skip link, one <h1>;
// and the security headers file carrying the pages' own Content-Security-Policy.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { parse } from 'node-html-parser';
import { cspDe, EN_TETES } from '../../src/integrations/en-tetes.ts';
import { PAYS, PUBLICS } from '../../src/schema/vocabulaire.ts';
import { DIST, pagesHtml } from '../support/site.ts';
import { fiches, slugsOu, thematiques } from '../support/catalogue.ts';

const pages = pagesHtml();
/** Pages the catalogue calls for: the fixed ones, and one per sheet, theme, public, country and département it has. */
const attendues = [
  'index.html',
  '404.html',
  ...[
    'pratiques',
    'thematiques',
    'publics',
    'territoires',
    'territoires/france',
    'chronologie',
    'recherche',
    'glossaire',
    'a-propos',
    'contribuer',
    'selection',
  ].map((p) => `${p}/index.html`),
  ...fiches.map((f) => `pratiques/${f.id}/index.html`),
  ...thematiques.map((t) => `thematiques/${t.id}/index.html`),
  ...Object.keys(PUBLICS)
    .filter((p) => slugsOu((d) => d.publics.includes(p as never)).length)
    .map((p) => `publics/${p}/index.html`),
  ...Object.keys(PAYS).map((p) => `territoires/${p.toLowerCase()}/index.html`),
  ...[...new Set(fiches.flatMap((f) => f.data.territoire.departements))].map((c) => `territoires/france/${c.toLowerCase()}/index.html`),
];
const html = (p: string) => readFileSync(join(DIST, p), 'utf8');
const validateur = new HtmlValidate(new FileSystemConfigLoader());

describe('chaque page construite', () => {
  it('comprend au moins chaque page que le catalogue appelle, pour que ces contrôles portent sur toutes', () => {
    expect(pages).toEqual(expect.arrayContaining(attendues));
  });

  it('est du HTML valide (html-validate : standard, a11y, document)', { timeout: 120_000 }, async () => {
    const erreurs: string[] = [];
    for (const p of pages) {
      const r = await validateur.validateString(html(p), p);
      for (const m of r.results.flatMap((x) => x.messages)) erreurs.push(`${p}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    expect(erreurs).toEqual([]);
  });

  it('a un titre unique, la langue française, un lien d’évitement vers son contenu et un seul <h1>', () => {
    const titres = new Map<string, string>();
    for (const p of pages) {
      const doc = parse(html(p));
      const titre = doc.querySelector('title')?.text ?? '';
      expect(titre, p).not.toBe('');
      expect(titres.get(titre), `${p} et ${titres.get(titre)} : « ${titre} »`).toBeUndefined();
      titres.set(titre, p);
      expect(doc.querySelector('html')!.getAttribute('lang'), p).toBe('fr');
      const evitement = doc.querySelector('body a')!;
      expect(evitement.getAttribute('href'), p).toBe('#contenu');
      expect(doc.querySelector('#contenu'), p).not.toBeNull();
      expect(doc.querySelectorAll('h1'), p).toHaveLength(1);
    }
  });

  it('porte une Content-Security-Policy sans script ni style en ligne non haché', () => {
    for (const p of pages) {
      const csp = cspDe(html(p));
      expect(csp, p).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
      expect(csp, p).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
      expect(html(p), p).not.toMatch(/\son[a-z]+="/);
    }
  });
});

it('_headers reprend la politique des pages, avec ce que seul un en-tête peut dire', () => {
  const entetes = readFileSync(join(DIST, '_headers'), 'utf8');
  const csp = cspDe(html('index.html'))!;
  expect(entetes).toContain(`Content-Security-Policy: ${csp.trim()} frame-ancestors 'none';`);
  for (const [k, v] of Object.entries(EN_TETES)) expect(entetes).toContain(`${k}: ${v}`);
});
