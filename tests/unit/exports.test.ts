// The files « Ma sélection » downloads, and the feeds: made from plain data, read back as a user's
// tools would (a Markdown reader, an HTML parser, a spreadsheet's CSV parser, an LMS unzipping the package).
import { describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { XMLParser } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { parse } from 'node-html-parser';
import { COLONNES, documentCsv, enregistrement, ligneCsv } from '../../src/lib/donnees.ts';
import { fichierLien, html, imscc, manifeste, markdown, TITRE_EXPORT } from '../../src/lib/exports.ts';
import { MAX_ITEMS_FLUX, optionsFlux, titreFlux } from '../../src/lib/flux.ts';
import { duDepartement, duPays } from '../../src/lib/catalogue.ts';
import { fiche, type Fiche } from '../../src/schema/fiche.ts';
import { frontmatterValide } from '../support/fiche-type.ts';

// Two sheets whose texts hold every character the formats must escape.
const donnees = (titre: string, resume: string) => fiche.parse({ ...frontmatterValide(), titre, resume });
const fiches = [
  enregistrement(
    'reseau-exemple',
    donnees('RÉSEAU [78] *vite*', 'Un « réseau », des pairs_aidants\net une ligne.'),
    (s) => `https://e.org/pratiques/${s}/`,
  ),
  enregistrement(
    'a-et-b',
    donnees('A & B <c> "d"', 'Virgule, point-virgule ; guillemets "droits".'),
    (s) => `https://e.org/base/pratiques/${s}/?a=1&b=2`,
  ),
];

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  isArray: (nom) => ['item', 'resource', 'file'].includes(nom),
});

describe('exporter la sélection en fichiers', () => {
  it('Markdown : un titre, puis un lien et le résumé par fiche, ce que Markdown montrerait tel quel', () => {
    const lignes = markdown(fiches).split('\n');
    expect(lignes[0]).toBe(`# ${TITRE_EXPORT}`);
    expect(lignes.slice(2, 4)).toEqual([
      '- [RÉSEAU \\[78\\] \\*vite\\*](https://e.org/pratiques/reseau-exemple/) — Un « réseau », des pairs\\_aidants',
      'et une ligne.',
    ]);
    expect(lignes[4]).toBe(
      '- [A & B \\<c\\> "d"](https://e.org/base/pratiques/a-et-b/?a=1&b=2) — Virgule, point-virgule ; guillemets "droits".',
    );
  });

  it('HTML : un document complet, en français, un lien et le résumé par fiche', () => {
    const doc = parse(html(fiches));
    expect(doc.querySelector('html')!.getAttribute('lang')).toBe('fr');
    expect(doc.querySelector('meta[charset]')!.getAttribute('charset')).toBe('utf-8');
    expect(doc.querySelector('title')!.text).toBe(TITRE_EXPORT);
    const items = doc.querySelectorAll('ul > li');
    expect(items.map((li) => li.querySelector('a')!.getAttribute('href'))).toEqual(fiches.map((f) => f.url));
    expect(items.map((li) => li.querySelector('a')!.text)).toEqual(fiches.map((f) => f.titre));
    expect(items.map((li) => li.querySelector('p')!.text)).toEqual(fiches.map((f) => f.resume));
  });

  it('CSV : les colonnes et les guillemets de /api/pratiques.csv (ceux de csv-stringify), relus tels quels', () => {
    const lignes = [COLONNES.map((c) => c.cle), ...fiches.map(ligneCsv)];
    expect(documentCsv(fiches)).toBe(`\uFEFF${stringify(lignes, { record_delimiter: 'windows' })}`);
    expect(documentCsv(fiches)).toContain('"A & B <c> ""d"""');
    expect(parseCsv(documentCsv(fiches), { bom: true })).toEqual(lignes);
  });

  it('IMS Common Cartridge : une section, un élément par fiche, chacun un lien web dont le fichier est dans le paquet', () => {
    const zip = unzipSync(imscc(fiches));
    expect(Object.keys(zip).sort()).toEqual(['imsmanifest.xml', ...fiches.map((f) => fichierLien(f.slug))].sort());
    const m = xml.parse(strFromU8(zip['imsmanifest.xml']!)).manifest;
    expect(m.metadata.schema).toBe('IMS Common Cartridge');
    expect(m.metadata.schemaversion).toBe('1.1.0');
    const [section] = m.organizations.organization.item[0].item;
    expect(section.title).toBe(TITRE_EXPORT);
    expect(section.item.map((i: { title: string }) => i.title)).toEqual(fiches.map((f) => f.titre));
    const ressources = new Map(m.resources.resource.map((r: { identifier: string }) => [r.identifier, r]));
    for (const [k, item] of section.item.entries()) {
      const r = ressources.get(item.identifierref) as any;
      expect(r.type).toBe('imswl_xmlv1p1');
      expect(r.metadata.lom.general.description.string['#text']).toBe(fiches[k]!.resume);
      const lien = xml.parse(strFromU8(zip[r.file[0].href]!)).webLink;
      expect(lien.title).toBe(fiches[k]!.titre);
      expect(lien.url.href).toBe(fiches[k]!.url);
    }
  });

  it('des identifiants XML valides et uniques, tirés des adresses des fiches', () => {
    const ids = [...manifeste(fiches).matchAll(/identifier="([^"]+)"/g)].map((m) => m[1]!);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z_][\w.-]*$/);
  });
});

describe('les flux', () => {
  // More sheets than a feed holds, reviewed on distinct days.
  const jour = (i: number) => new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
  const nombreuses = Array.from({ length: MAX_ITEMS_FLUX + 7 }, (_, i) => ({
    id: `fiche-${i}`,
    data: { ...fiche.parse(frontmatterValide()), titre: `Fiche ${i}`, miseAJour: jour(i) },
  }));

  it('gardent les plus récemment relues, chacune datée de sa relecture', () => {
    const { items, title } = optionsFlux(nombreuses, new URL('https://e.org'));
    const gardees = [...nombreuses].reverse().slice(0, MAX_ITEMS_FLUX);
    expect(title).toBe(titreFlux());
    expect((items as { link: string }[]).map((i) => i.link)).toEqual(gardees.map((f) => `/pratiques/${f.id}/`));
    expect((items as { pubDate: Date }[]).map((i) => i.pubDate.toISOString().slice(0, 10))).toEqual(gardees.map((f) => f.data.miseAJour));
  });

  it('d’un sujet, portent son nom', () => {
    expect(optionsFlux([], new URL('https://e.org'), 'Belgique').title).toBe(titreFlux('Belgique'));
    expect(titreFlux('Belgique')).not.toBe(titreFlux());
  });

  it('d’un territoire, tiennent ses fiches seules', () => {
    const f = (pays: Fiche['territoire']['pays'], departements: string[]) => ({
      id: pays.join() + departements.join(),
      data: { territoire: { pays, departements } },
    });
    const liste = [f(['France'], ['07']), f(['France', 'Belgique'], []), f(['Suisse'], [])];
    expect(duPays(liste, 'France').map((x) => x.id)).toEqual(['France07', 'France,Belgique']);
    expect(duPays(liste, 'Belgique').map((x) => x.id)).toEqual(['France,Belgique']);
    expect(duDepartement(liste, '07').map((x) => x.id)).toEqual(['France07']);
  });
});
