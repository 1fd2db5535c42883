// The installable, offline-capable catalogue as built, at the root and under a sub-path: the manifest
// and its icons, the links every page carries, and sw.js with the files it keeps and their version.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { configurationDe, fichiersDe } from '../../src/integrations/hors-ligne.ts';
import { fichierDe, lireScriptServiceWorker, PAGE_HORS_LIGNE, PAGES_COQUILLE } from '../../src/lib/hors-ligne.ts';
import { couleursDe, FICHIERS_APPLI, ICONE_APPLE, ICONES } from '../../src/lib/manifeste.ts';
import { DIST, pagesHtml } from '../support/site.ts';
import { BASE_SOUS_CHEMIN, SITE_SOUS_CHEMIN } from '../support/sous-chemin.ts';

/** Width and height of a PNG, from its IHDR chunk. */
const taillePng = (octets: Buffer) => {
  expect(octets.subarray(1, 4).toString()).toBe('PNG');
  return `${octets.readUInt32BE(16)}x${octets.readUInt32BE(20)}`;
};

describe.each([
  ['à la racine', DIST, '/'],
  [`sous ${BASE_SOUS_CHEMIN}`, SITE_SOUS_CHEMIN, BASE_SOUS_CHEMIN],
])('le catalogue installable, %s', (_nom, dossier, base) => {
  const lire = (chemin: string) => readFileSync(join(dossier, chemin), 'utf8');
  const manifeste = JSON.parse(lire('manifest.webmanifest'));
  const sw = lireScriptServiceWorker(lire('sw.js'));

  it('a un manifeste complet, en français, dont les adresses suivent le sous-chemin', () => {
    expect(manifeste).toMatchObject({
      name: 'Pratiques émergentes',
      short_name: expect.stringMatching(/^.{1,12}$/),
      description: expect.stringContaining('travail social'),
      lang: 'fr',
      id: base,
      start_url: base,
      scope: base,
      display: 'standalone',
    });
    const { theme, fond } = couleursDe(readFileSync('src/styles/global.css', 'utf8'));
    expect([manifeste.theme_color, manifeste.background_color]).toEqual([theme, fond]);
    for (const raccourci of manifeste.shortcuts) expect(raccourci.url.startsWith(base), raccourci.url).toBe(true);
  });

  it('donne des icônes qui existent, aux tailles annoncées : SVG, PNG 192 et 512, masquable', () => {
    expect(manifeste.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['any', '192x192', '512x512']));
    expect(manifeste.icons.some((i: { purpose?: string }) => i.purpose === 'maskable')).toBe(true);
    for (const icone of [...manifeste.icons, { src: `${base}${ICONE_APPLE.fichier}`, sizes: ICONE_APPLE.sizes, type: 'image/png' }]) {
      expect(icone.src.startsWith(base), icone.src).toBe(true);
      const fichier = join(dossier, icone.src.slice(base.length));
      expect(existsSync(fichier), icone.src).toBe(true);
      if (icone.type === 'image/png') expect(taillePng(readFileSync(fichier)), icone.src).toBe(icone.sizes);
    }
    expect(manifeste.icons.map((i: { src: string }) => i.src)).toEqual(ICONES.map((i) => `${base}${i.fichier}`));
  });

  it('lie sur chaque page le manifeste, la couleur de la barre et l’icône d’écran d’accueil, sous le sous-chemin', () => {
    for (const p of pagesHtml(dossier)) {
      const tete = parse(lire(p)).querySelector('head')!;
      if (tete.querySelector('meta[http-equiv="refresh"]')) continue; // the redirects left at old addresses
      expect(tete.querySelector('link[rel="manifest"]')?.getAttribute('href'), p).toBe(`${base}manifest.webmanifest`);
      expect(tete.querySelector('meta[name="theme-color"]')?.getAttribute('content'), p).toBe(manifeste.theme_color);
      expect(tete.querySelector('link[rel="apple-touch-icon"]')?.getAttribute('href'), p).toBe(`${base}${ICONE_APPLE.fichier}`);
    }
  });

  it('écrit sw.js, qui charge le code du service worker et garde des fichiers qui existent tous', () => {
    expect(existsSync(join(dossier, sw.code)), sw.code).toBe(true);
    expect(lire(sw.code)).toContain('addEventListener');
    for (const f of sw.fichiers) expect(existsSync(join(dossier, fichierDe(f))), f).toBe(true);
  });

  it('garde à l’installation la coquille, les données de la sélection, le manifeste et de quoi chercher', () => {
    const gardes = new Set(sw.fichiers);
    for (const f of [...PAGES_COQUILLE, 'api/pratiques.json', ...FICHIERS_APPLI]) expect(gardes.has(f), f).toBe(true);
    const entree = JSON.parse(lire('pagefind/pagefind-entry.json'));
    for (const { hash, wasm } of Object.values(entree.languages) as { hash: string; wasm: string }[])
      for (const f of [`pagefind/pagefind.${hash}.pf_meta`, `pagefind/wasm.${wasm}.pagefind`]) expect(gardes.has(f), f).toBe(true);
    const fichiers = fichiersDe(dossier).map((f) => f.chemin);
    const attendus = fichiers
      .filter((f) => /^_astro\/.+\.(css|js)$/.test(f) && f !== sw.code)
      .concat(
        fichiers.filter((f) => /^pagefind\/(index|filter|fragment)\//.test(f)),
        ['pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/pagefind-entry.json'],
      );
    for (const f of attendus) expect(gardes.has(f), f).toBe(true);
    // Not every page: those are kept as they are read.
    expect(sw.fichiers.filter((f) => f.startsWith('pratiques/'))).toEqual([]);
    expect(gardes.has(PAGE_HORS_LIGNE)).toBe(true);
  });

  it('donne pour version une empreinte du contenu des fichiers gardés, celle qu’on recalcule', async () => {
    expect(sw.version).toMatch(/^[0-9a-f]{12}$/);
    expect(await configurationDe(dossier)).toEqual(sw);
  });

  it('construit l’avis hors ligne, hors du plan du site et de l’index de recherche', () => {
    const avis = parse(lire(fichierDe(PAGE_HORS_LIGNE)));
    expect(avis.querySelector('h1')!.text).toBe('Vous êtes hors ligne');
    expect(avis.querySelector('meta[name="robots"]')!.getAttribute('content')).toBe('noindex');
    for (const p of PAGES_COQUILLE.filter((x) => x !== PAGE_HORS_LIGNE))
      expect(avis.querySelector(`avis-hors-ligne a[href="${base}${p}"]`), p).not.toBeNull();
    expect(lire('sitemap-0.xml')).not.toContain(PAGE_HORS_LIGNE);
    expect(avis.querySelector('[data-pagefind-body]')).toBeNull();
  });
});
