// The catalogue's content against its sources and its own rules.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getCollection, getEntries } from 'astro:content';
import { parse } from 'node-html-parser';
import { THEMATIQUES } from '../../src/schema/vocabulaire.ts';
import { creerReperage } from '../../src/lib/sigles.ts';
import { html } from '../support/site.ts';

const fiches = await getCollection('pratiques');
const glossaire = (await getCollection('glossaire')).map((g) => g.data);
// The facts of each practice as the sources' index gives them (extract of shared/domain/fiches.json).
const index = JSON.parse(readFileSync(new URL('../fixtures/index-pratiques.json', import.meta.url), 'utf8')) as {
  id: string; year_started: number | null; year_text: string; country: string[]; department_codes: string[];
}[];

// Which sheet carries each practice of the sources' index (5E holds two practices: two sheets).
const CORRESPONDANCE: Record<string, string[]> = {
  '1A': ['conferences-familiales-ardeche'], '1B': ['conferences-familiales-nord'], '1C': ['conferences-familiales-gironde'],
  '1D': ['conferences-familiales-seine-saint-denis'], '1E': ['formation-conferences-familiales-pyrenees-orientales'],
  '2A': ['intervention-proactive-caf-loir-et-cher'], '2B': ['mediation-active-emploi-blavet-bellevue-ocean'],
  '2C': ['fenetres-travailleurs-sociaux-independants'], '2D': ['referent-de-parcours-haut-rhin'],
  'AV-M1': ['aller-vers-une-necessaire-preparation'], '3A': ['ambassadeurs-sante-mentale'],
  '3B': ['co-formation-croisement-des-savoirs'], '3C': ['pair-aidance-aurore-brantome'], '4A': ['flora-yvelines'],
  '4B': ['gip-gers-solidaire'], '4C': ['mission-interface-samusocial-de-paris'], '5A': ['pouvoir-d-agir-eure'],
  '5B': ['dpa-pc-gironde'], '5C': ['service-social-interentreprises-asmi'], '5D': ['dpa-pc-service-social-eleves-bassin-de-thau'],
  '5E': ['cause-lawyering-ville-evrard', 'entretien-d-aide-sans-suite-ville-evrard'],
  '5F': ['point-ecoute-parents-adolescents-montpellier'], ISA: ['insertion-sociale-active-valais'], ASP: ['accompagnement-social-palliatif'],
};
const trier = (l: readonly string[]) => [...l].sort();

describe('le contenu', () => {
  it('a une fiche pour chaque pratique des sources, et aucune fiche orpheline', () => {
    expect(trier(Object.keys(CORRESPONDANCE))).toEqual(trier(index.map((p) => p.id)));
    expect(trier(Object.values(CORRESPONDANCE).flat())).toEqual(trier(fiches.map((f) => f.id)));
  });

  describe.each(index.map((p) => [p.id, p] as const))('la pratique %s', (id, p) => {
    it.each(CORRESPONDANCE[id]!)('est décrite par %s avec la même année, les mêmes pays et départements que l’index', (slug) => {
      const f = fiches.find((x) => x.id === slug)!.data;
      // A sheet may depart from the index only if its body explains it, quoting the source's wording.
      const explique = fiches.find((x) => x.id === slug)!.body!.includes(p.year_text);
      if (f.annee !== p.year_started) expect(explique, `${slug} : année ${f.annee} au lieu de ${p.year_started}, sans explication`).toBe(true);
      expect(trier(f.territoire.pays)).toEqual(trier(p.country));
      expect(trier(f.territoire.departements)).toEqual(trier(p.department_codes));
    });
  });

  it('cite la fiche du rapport HCTS dont la pratique vient', () => {
    for (const [id, slugs] of Object.entries(CORRESPONDANCE).filter(([id]) => /^\d[A-F]$/.test(id))) {
      for (const slug of slugs) {
        const refs = fiches.find((f) => f.id === slug)!.data.sources.map((s) => s.reference ?? '');
        expect(refs.some((r) => r.includes(`n°${id}`)), `${slug} cite la fiche n°${id}`).toBe(true);
      }
    }
  });

  it('a au moins une fiche par thématique', () => {
    for (const t of Object.keys(THEMATIQUES)) expect(fiches.some((f) => f.data.thematique === t), t).toBe(true);
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
    let verifies = 0;
    for (const f of fiches) {
      const corps = parse(html(`pratiques/${f.id}/`)).querySelector('.texte')!;
      for (const sel of ['h2', 'h3', 'a', 'code', 'abbr']) for (const e of corps.querySelectorAll(sel)) e.remove();
      const trouves = reperer(corps.text, new Set()).filter((m) => typeof m !== 'string');
      const abbrs = parse(html(`pratiques/${f.id}/`)).querySelectorAll('.texte abbr').map((a) => `${a.text}=${a.getAttribute('title')}`);
      for (const m of trouves) {
        expect(abbrs.some((a) => a.endsWith(`=${m.titre}`)), `${f.id} : ${m.sigle}`).toBe(true);
        verifies++;
      }
    }
    expect(verifies).toBeGreaterThan(50);
  });

  it('publie le glossaire complet sur /glossaire/', () => {
    const page = parse(html('glossaire/'));
    const termes = page.querySelectorAll('.glossaire dt abbr').map((a) => a.text);
    expect(trier(termes)).toEqual(trier(glossaire.map((g) => g.sigle)));
  });
});
