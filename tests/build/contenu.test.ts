// The catalogue's content against its sources and its own rules.
import { describe, expect, it } from 'vitest';
import { getCollection, getEntries } from 'astro:content';
import { parse } from 'node-html-parser';
import { THEMATIQUES } from '../../src/schema/vocabulaire.ts';
import { creerReperage } from '../../src/lib/sigles.ts';
import { html } from '../support/site.ts';
import { fiches } from '../support/catalogue.ts';
import { contient, INDEX, pratiquesDecrites } from '../support/index-pratiques.ts';

const glossaire = (await getCollection('glossaire')).map((g) => g.data);
const trier = (l: readonly string[]) => [...l].sort();
/** The sheets that describe each practice of the index. A sheet the index does not know is fine. */
const decrites = new Map(INDEX.map((p) => [p.id, fiches.filter((f) => pratiquesDecrites(f.data.sources).includes(p))]));

describe('le contenu face à l’index des sources', () => {
  it('reconnaît dans la source principale de chaque fiche au plus une pratique de l’index', () => {
    for (const f of fiches) expect(pratiquesDecrites(f.data.sources).map((p) => p.id).length, f.id).toBeLessThanOrEqual(1);
  });

  describe.each(INDEX.map((p) => [p.id, p] as const))('la pratique %s', (id, p) => {
    it('est décrite par au moins une fiche', () => {
      expect(
        decrites.get(id)!.map((f) => f.id),
        `aucune fiche n’a pour source principale ${JSON.stringify(p.source)}`,
      ).not.toEqual([]);
    });

    it.each(decrites.get(id)!.map((f) => [f.id, f] as const))(
      'est décrite par %s avec la même année, les mêmes pays et départements que l’index',
      (slug, fiche) => {
        const f = fiche.data;
        // A sheet may depart from the index only if its body explains it, quoting the source's wording.
        const explique = fiche.body!.includes(p.year_text);
        if (f.annee !== p.year_started)
          expect(explique, `${slug} : année ${f.annee} au lieu de ${p.year_started}, sans explication`).toBe(true);
        expect(trier(f.territoire.pays)).toEqual(trier(p.country));
        expect(trier(f.territoire.departements)).toEqual(trier(p.department_codes));
      },
    );
  });

  it('ne cite, du rapport du HCTS, que des fiches que l’index connaît', () => {
    // The report's sources as the index recognises them: its author, and references « fiche n°… ».
    const rapport = INDEX.filter((p) => p.source.reference?.startsWith('fiche n°'));
    const auteurs = new Set(rapport.map((p) => p.source.auteur!));
    const citees = new Set<string>();
    for (const f of fiches)
      for (const s of f.data.sources) {
        if (![...auteurs].some((a) => contient(s.auteur, a))) continue;
        for (const [, n] of (s.reference ?? '').matchAll(/fiche n°\s*([\p{L}\p{N}-]+)/gu)) {
          expect(
            INDEX.map((p) => p.id),
            `${f.id} cite la fiche n°${n}`,
          ).toContain(n);
          citees.add(n!);
        }
      }
    // Not vacuous: the catalogue does cite the report (that each of its practices has a sheet is checked above).
    expect(citees.size).toBeGreaterThan(0);
  });

  it('a au moins une fiche par thématique', () => {
    for (const t of Object.keys(THEMATIQUES))
      expect(
        fiches.some((f) => f.data.thematique === t),
        t,
      ).toBe(true);
  });

  it('relie uniquement des fiches qui existent, et jamais une fiche à elle-même', async () => {
    for (const f of fiches) {
      const liees = await getEntries(f.data.fichesLiees);
      expect(liees.every(Boolean), f.id).toBe(true);
      expect(f.data.fichesLiees.map((r) => r.id)).not.toContain(f.id);
    }
  });

  it('ne publie aucune adresse e-mail ni aucun numéro de téléphone', () => {
    const courriel = /[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/i;
    const telephone = /(?:\+33|\+32|\+41|\b0)\s?[1-9](?:[\s.-]?\d{2}){4}\b/;
    for (const f of fiches) {
      const texte = parse(html(`pratiques/${f.id}/`)).querySelector('main')!.text;
      expect(texte, f.id).not.toMatch(courriel);
      expect(texte, f.id).not.toMatch(telephone);
      expect(f.body!, f.id).not.toMatch(courriel);
    }
  });

  it('explique chaque sigle connu du glossaire par un <abbr> à sa première occurrence', () => {
    const reperer = creerReperage(glossaire);
    const sigles = (texte: string) => reperer(texte, new Set()).filter((m) => typeof m !== 'string');
    // The prose of a sheet's source, as the page explains it: no headings, links nor code.
    const prose = (corps: string) =>
      corps
        .replace(/^#.*$/gm, '')
        .replace(/!?\[[^\]]*\]\([^)]*\)/g, '')
        .replace(/`[^`]*`/g, '')
        .replace(/<[^>]*>/g, ' ');
    let expliques = 0;
    for (const f of fiches) {
      const abbrs = parse(html(`pratiques/${f.id}/`))
        .querySelectorAll('.texte abbr')
        .map((a) => `${a.text}=${a.getAttribute('title')}`);
      // Each acronym the source's prose uses has its <abbr> on the page…
      for (const m of sigles(prose(f.body!))) {
        expect(abbrs, `${f.id} : ${m.sigle}`).toContain(`${m.sigle}=${m.titre}`);
        expliques++;
      }
      // …and none is left unexplained on the page outside the first occurrences.
      const corps = parse(html(`pratiques/${f.id}/`)).querySelector('.texte')!;
      for (const sel of ['h2', 'h3', 'a', 'code', 'abbr']) for (const e of corps.querySelectorAll(sel)) e.remove();
      for (const m of sigles(corps.text))
        expect(
          abbrs.some((a) => a.endsWith(`=${m.titre}`)),
          `${f.id} : ${m.sigle}`,
        ).toBe(true);
    }
    // Not vacuous: the catalogue's prose uses acronyms of its glossary.
    expect(expliques).toBeGreaterThan(0);
  });

  it('publie le glossaire complet sur /glossaire/', () => {
    const page = parse(html('glossaire/'));
    const termes = page.querySelectorAll('.glossaire dt abbr').map((a) => a.text);
    expect(trier(termes)).toEqual(trier(glossaire.map((g) => g.sigle)));
  });
});
