// The RSS feeds as readers get them, from both builds (at the root and under a sub-path): the catalogue's
// (the most recently reviewed sheets), and one per theme, country and département, announced by its page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { plusRecentes } from '../../src/lib/catalogue.ts';
import { MAX_ITEMS_FLUX, titreFlux } from '../../src/lib/flux.ts';
import { departement } from '../../src/lib/territoires.ts';
import { slugify } from '../../src/lib/slug.ts';
import { PAYS } from '../../src/schema/vocabulaire.ts';
import { fiches, themesDe, thematiques, type Fiche } from '../support/catalogue.ts';
import { DIST, SITE } from '../support/site.ts';
import { BASE_SOUS_CHEMIN, SITE_SOUS_CHEMIN } from '../support/sous-chemin.ts';

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (nom) => nom === 'item' });
type Item = { title: string; link: string; pubDate: string };

const departements = [...new Set(fiches.flatMap((f) => f.data.territoire.departements))].sort();
/** Every page with its own feed: its path, what it is about, and the sheets it lists. */
const sujets: [string, string, readonly Fiche[]][] = [
  ...thematiques.map(
    (t) => [`thematiques/${t.id}/`, t.data.titre, fiches.filter((f) => themesDe(f.data).includes(t.id))] as [string, string, Fiche[]],
  ),
  ...Object.keys(PAYS).map(
    (p) =>
      [`territoires/${slugify(p)}/`, p, fiches.filter((f) => f.data.territoire.pays.includes(p as never))] as [string, string, Fiche[]],
  ),
  ...departements.map((code) => {
    const d = departement(code)!;
    return [
      `territoires/france/${code.toLowerCase()}/`,
      `${d.nom} (${d.code})`,
      fiches.filter((f) => f.data.territoire.departements.includes(code)),
    ] as [string, string, Fiche[]];
  }),
];

describe.each([
  ['à la racine', DIST, '/'],
  ['sous un sous-chemin', SITE_SOUS_CHEMIN, BASE_SOUS_CHEMIN],
])('les flux du site construit %s', (_, dossier, base) => {
  const absolue = (chemin: string) => new URL(`${base}${chemin}`, SITE).href;
  const lire = (chemin: string) =>
    xml.parse(readFileSync(join(dossier, chemin), 'utf8')).rss.channel as { title: string; link: string; item?: Item[] };
  /** The sheets a feed gives, by their slugs, checking each item's address and date against the sheet's data. */
  const fichesDu = (chemin: string) =>
    (lire(chemin).item ?? []).map((i) => {
      const f = fiches.find((x) => absolue(`pratiques/${x.id}/`) === i.link);
      expect(f, `${chemin} : ${i.link}, une adresse absolue de fiche sous ${SITE}`).toBeDefined();
      expect(i.title).toBe(f!.data.titre);
      expect(new Date(i.pubDate).toISOString().slice(0, 10), `${chemin} : date de ${f!.id}`).toBe(f!.data.miseAJour);
      return f!.id;
    });

  it(`le flux du catalogue : les ${MAX_ITEMS_FLUX} fiches au plus les plus récemment relues, chacune à sa date`, () => {
    const canal = lire('flux.xml');
    expect(canal.title).toBe(titreFlux());
    expect(canal.link).toBe(absolue(''));
    const attendues = plusRecentes(fiches).slice(0, MAX_ITEMS_FLUX);
    expect(fichesDu('flux.xml')).toEqual(attendues.map((f) => f.id));
    // As many dates as the sheets have review dates: not one date for all.
    expect(new Set(canal.item!.map((i) => i.pubDate)).size).toBe(new Set(attendues.map((f) => f.data.miseAJour)).size);
  });

  it.each(sujets)('%s : son flux, annoncé dans son en-tête, tient ses fiches, les plus récentes d’abord', (page, sujet, attendues) => {
    const chemin = `${page}flux.xml`;
    const tete = parse(readFileSync(join(dossier, page, 'index.html'), 'utf8')).querySelector('head')!;
    const lien = tete.querySelector(`link[rel="alternate"][href="${base}${chemin}"]`);
    expect(lien, `${page} : <link rel="alternate">`).not.toBeNull();
    expect(lien!.getAttribute('type')).toBe('application/rss+xml');
    expect(lien!.getAttribute('title')).toBe(titreFlux(sujet));
    expect(lire(chemin).title).toBe(titreFlux(sujet));
    expect(lire(chemin).link).toBe(absolue(''));
    expect(fichesDu(chemin)).toEqual(
      plusRecentes(attendues)
        .slice(0, MAX_ITEMS_FLUX)
        .map((f) => f.id),
    );
  });
});
