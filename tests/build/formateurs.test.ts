// What trainers and re-users get from the build: open data matching the collection exactly,
// a sitemap, citations read by a real parser, Open Graph and schema.org data, a printable footer (feeds: flux.test.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import { apa, CATALOGUE, FICHIER_CATALOGUE, FORMATS } from '../../src/lib/citation.ts';
import { citationFiche } from '../../src/lib/citer-fiche.ts';
import { citationsLues, connecteurs, connecteursAttendus, referenceAttendue, sansConsultation } from '../support/citations.ts';
import { COLONNES } from '../../src/lib/donnees.ts';
import { niveauPreuve } from '../../src/lib/preuve.ts';
import { SITE as CATALOGUE_SITE } from '../../src/lib/site.ts';
import { DIST, html, SITE } from '../support/site.ts';
import { fiches } from '../support/catalogue.ts';

const lire = (chemin: string) => readFileSync(join(DIST, chemin), 'utf8');

describe('données ouvertes', () => {
  const json = JSON.parse(lire('api/pratiques.json'));

  it('/api/pratiques.json donne chaque fiche de la collection, tous ses champs, son adresse', () => {
    expect(json.nombre).toBe(fiches.length);
    expect(json.pratiques.map((p: { slug: string }) => p.slug)).toEqual(fiches.map((f) => f.id));
    for (const [i, f] of fiches.entries()) {
      const p = json.pratiques[i];
      expect(p.url).toBe(`${SITE}/pratiques/${f.id}/`);
      expect(p.niveauPreuve).toBe(niveauPreuve(f.data));
      // Derived, checked on their own: the address, the level, and the sections (comparer.test.ts).
      const deduits = { slug: undefined, url: undefined, niveauPreuve: undefined, sections: undefined };
      expect({ ...p, ...deduits }).toEqual(
        JSON.parse(JSON.stringify({ ...f.data, fichesLiees: f.data.fichesLiees.map((r) => r.id), ...deduits })),
      );
    }
    expect(json.licence.nom).toBe('CC BY-SA 4.0');
  });

  it('/api/pratiques.csv donne les mêmes fiches, une ligne chacune, avec les mêmes valeurs', () => {
    const lignes = parseCsv(lire('api/pratiques.csv'), { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(lignes[0]!)).toEqual(COLONNES.map((c) => c.cle));
    expect(lignes).toHaveLength(fiches.length);
    for (const [i, f] of fiches.entries()) {
      const l = lignes[i]!;
      expect(l.slug).toBe(f.id);
      expect(l.titre).toBe(f.data.titre);
      expect(l.resume).toBe(f.data.resume);
      expect(l['territoire.departements']).toBe(f.data.territoire.departements.join(' | '));
      expect(l.publics).toBe(f.data.publics.join(' | '));
      expect(l.annee).toBe(f.data.annee === null ? '' : String(f.data.annee));
      expect(l.sources!.split(' | ')).toHaveLength(f.data.sources.length);
      expect(l.fichesLiees).toBe(f.data.fichesLiees.map((r) => r.id).join(' | '));
    }
  });

  it('publie un plan du site avec chaque fiche, sans la 404', () => {
    const plan = lire('sitemap-0.xml');
    for (const f of fiches) expect(plan).toContain(`<loc>${SITE}/pratiques/${f.id}/</loc>`);
    expect(plan).not.toContain('404');
    expect(lire('sitemap-index.xml')).toContain('sitemap-0.xml');
  });
});

describe.each(fiches.map((f) => [f.id, f] as const))('la fiche %s', (slug, f) => {
  const page = parse(html(`pratiques/${slug}/`));
  const adresse = new URL(`/pratiques/${slug}/`, SITE);

  it('se cite : la référence APA sur la page', () => {
    expect(sansConsultation(page.querySelector('#citation-apa')!.text.trim())).toBe(sansConsultation(apa(citationFiche(f, new URL(SITE)))));
  });

  it.each(FORMATS.map((format) => [format.libelle, format] as const))(
    'se télécharge en %s, sous son nom, lu par citation-js',
    (_, format) => {
      expect(citationsLues(page, format)).toEqual(referenceAttendue(f, adresse, format));
    },
  );

  it('se laisse saisir par les connecteurs des logiciels de bibliographie (citation_*, COinS)', () => {
    expect(connecteurs(page)).toEqual(connecteursAttendus(f, adresse));
  });

  it('se présente aux réseaux (Open Graph) et aux moteurs (schema.org)', () => {
    expect(page.querySelector('meta[property="og:title"]')!.getAttribute('content')).toBe(f.data.titre);
    expect(page.querySelector('meta[property="og:type"]')!.getAttribute('content')).toBe('article');
    expect(page.querySelector('meta[property="og:url"]')!.getAttribute('content')).toBe(`${SITE}/pratiques/${slug}/`);
    const ld = JSON.parse(page.querySelector('script[type="application/ld+json"]')!.text);
    expect(ld).toMatchObject({
      '@type': 'Article',
      headline: f.data.titre,
      inLanguage: 'fr',
      url: `${SITE}/pratiques/${slug}/`,
    });
    expect(ld.isBasedOn[0].name).toBe(f.data.sources[0]!.titre);
    // Dates: never before the last review (the file's history may be later: partage.test.ts).
    expect(ld.dateModified >= f.data.miseAJour).toBe(true);
  });

  it('porte, pour l’impression, son adresse, sa relecture, sa licence et un code QR', () => {
    const pied = page.querySelector('footer.impression-seule')!;
    expect(pied.text).toContain(`${SITE}/pratiques/${slug}/`);
    expect(pied.text).toContain('CC BY-SA 4.0');
    expect(pied.querySelector('.qr svg path')).not.toBeNull();
  });

  it('propose un lien vers chaque section', () => {
    for (const h of page.querySelectorAll('.texte h2, .texte h3')) {
      expect(h.parentNode!.querySelector(`a.lien-section[href="#${h.id}"]`), h.id).not.toBeNull();
    }
  });
});

it('cite aussi le catalogue entier sur /a-propos/, en fichiers lus par citation-js', () => {
  const page = parse(html('a-propos/'));
  expect(page.querySelector('#citation-apa')!.text).toMatch(
    /^\s*Pratiques émergentes\. \(\d{4}, .+\)\. Catalogue des pratiques émergentes du travail social\. Consulté le/,
  );
  for (const format of FORMATS) {
    expect(citationsLues(page, format)).toMatchObject({
      fichier: `${FICHIER_CATALOGUE}${format.suffixe}`,
      titre: CATALOGUE,
      auteurs: [CATALOGUE_SITE.nom],
      url: `${SITE}/`,
    });
  }
});
