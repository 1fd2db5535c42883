// What a sheet shows when its address is shared: its Open Graph image, drawn at build time, and its
// schema.org description, on the build at the root and on the one under a sub-path for a real SITE.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { couleursDuSite } from '../../src/lib/partage-fs.ts';
import { THEMATIQUES } from '../../src/schema/vocabulaire.ts';
import { SITE as CATALOGUE } from '../../src/lib/site.ts';
import { fiches } from '../support/catalogue.ts';
import { DIST, SITE } from '../support/site.ts';
import { ADRESSE_SOUS_CHEMIN, BASE_SOUS_CHEMIN, SITE_SOUS_CHEMIN } from '../support/sous-chemin.ts';

/** The day a sheet's file was first committed, asked of git directly; undefined if never committed. */
const premierCommit = (id: string) =>
  execFileSync('git', ['log', '--format=%cs', '--', `content/pratiques/${id}.mdx`], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .at(-1) || undefined;

/** Width, height and colour type from a PNG's header, after checking its signature and its first chunk. */
function entetePng(octets: Buffer) {
  expect(octets.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(octets.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { largeur: octets.readUInt32BE(16), hauteur: octets.readUInt32BE(20), couleurs: octets[25] };
}

/** The colour of one pixel, as `#rrggbb`. */
async function pixel(octets: Buffer, x: number, y: number) {
  const { data } = await sharp(octets)
    .extract({ left: x, top: y, width: 1, height: 1 })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return `#${data.toString('hex')}`;
}

const COULEURS = couleursDuSite();

const constructions = [
  { nom: 'à la racine', dossier: DIST, racine: `${SITE}/` },
  {
    nom: `sous ${BASE_SOUS_CHEMIN}, pour ${ADRESSE_SOUS_CHEMIN}`,
    dossier: SITE_SOUS_CHEMIN,
    racine: `${ADRESSE_SOUS_CHEMIN}${BASE_SOUS_CHEMIN}`,
  },
];

describe.each(constructions)('le partage des fiches, construction $nom', ({ dossier, racine }) => {
  describe.each(fiches.map((f) => [f.id, f] as const))('la fiche %s', (id, f) => {
    const tete = parse(readFileSync(join(dossier, 'pratiques', id, 'index.html'), 'utf8')).querySelector('head')!;
    const meta = (nom: string) => tete.querySelector(`meta[property="${nom}"], meta[name="${nom}"]`)?.getAttribute('content');
    const adresse = `${racine}pratiques/${id}/`;

    it('annonce son image de partage, à une adresse absolue sur le SITE de la construction, et la décrit', () => {
      expect(meta('og:image')).toBe(`${adresse}partage.png`);
      expect([meta('og:image:width'), meta('og:image:height'), meta('og:image:type')]).toEqual(['1200', '630', 'image/png']);
      expect(meta('twitter:card')).toBe('summary_large_image');
      const alt = meta('og:image:alt')!;
      for (const texte of [f.data.titre, THEMATIQUES[f.data.thematique], f.data.territoire.libelle]) expect(alt).toContain(texte);
      expect(alt).toMatch(/^Fiche « .+ » .+\.$/);
    });

    it('publie cette image à côté de sa page : un PNG de 1200 × 630 à palette, aux couleurs du site', async () => {
      const fichier = join(dossier, 'pratiques', id, 'partage.png');
      expect(existsSync(fichier)).toBe(true);
      const octets = readFileSync(fichier);
      // Colour type 3: indexed, a third of the bytes of the full-colour image.
      expect(entetePng(octets)).toEqual({ largeur: 1200, hauteur: 630, couleurs: 3 });
      // The accent bar on the left and the background in the top right corner keep their exact colours.
      expect(await pixel(octets, 12, 315)).toBe(COULEURS.accent.toLowerCase());
      expect(await pixel(octets, 1190, 10)).toBe(COULEURS.fond.toLowerCase());
    });

    it('se décrit en JSON-LD : auteurs, éditeur, dates, page et image', () => {
      const ld = JSON.parse(tete.querySelector('script[type="application/ld+json"]')!.text);
      expect(ld['@type']).toBe('Article');
      expect(ld.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': adresse });
      expect(ld.image.url).toBe(meta('og:image'));
      expect(ld.publisher).toMatchObject({ '@type': 'Organization', name: CATALOGUE.nom, url: racine });
      expect(ld.publisher.logo.url).toMatch(new RegExp(`^${racine}.+\\.png$`));
      expect(existsSync(join(dossier, ld.publisher.logo.url.slice(racine.length)))).toBe(true);
      expect(ld.author[0]).toEqual({ '@id': ld.publisher['@id'] });
      const auteurs = ld.author.slice(1).map((a: { '@type': string; name: string }) => (expect(a['@type']).toBe('Organization'), a.name));
      expect(auteurs.sort()).toEqual([...new Set(f.data.sources.map((s) => s.auteur))].sort());
      expect(ld.datePublished).toBe(premierCommit(id) ?? f.data.miseAJour);
      expect(ld.dateModified >= f.data.miseAJour && ld.dateModified >= ld.datePublished).toBe(true);
    });
  });
});
