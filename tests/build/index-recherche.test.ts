// The Pagefind index of the built site, queried in Node with Pagefind's own JS API.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ETATS, PAYS, PUBLICS, THEMATIQUES } from '../../src/schema/vocabulaire.ts';
import { parse } from 'node-html-parser';
import { FICHIER_VOCABULAIRE } from '../../src/integrations/pagefind.ts';
import type { Vocabulaire } from '../../src/lib/vocabulaire.ts';
import { FACETTES } from '../../src/lib/facettes.ts';
import { pagefind, urls } from '../support/pagefind.ts';
import { DIST, html, slugsFiches } from '../support/site.ts';
import { etatVide, filtresPagefind } from '../../src/lib/etat-recherche.ts';
import {
  ACCENTUE,
  chemin,
  fiches,
  GLOSSAIRE,
  glossaire,
  REPERE,
  replier,
  slugsOu,
  SIGLE_EN_TOUTES_LETTRES,
  SYNONYMES_ABSENTS,
  themesDe,
  thematiques,
  type Donnees,
} from '../support/catalogue.ts';

const pf = await pagefind();
const attendues = (garder: (d: Donnees) => boolean) => slugsOu(garder).map(chemin).sort();
const obtenues = async (filters: object) => (await urls(null, { filters: { type: 'fiche', ...filters } })).sort();

describe('l’index de recherche', () => {
  it('contient exactement un enregistrement par fiche, rien d’oublié', async () => {
    const enregistrees = (await urls(null, { filters: { type: 'fiche' } })).map((u) => u.split('/')[2]).sort();
    expect(enregistrees).toEqual(slugsFiches());
  });

  it('indexe aussi les pages de thématique et le glossaire, et rien d’autre', async () => {
    const toutes = await urls(null, { filters: { type: { any: ['fiche', 'thematique', 'glossaire'] } } });
    expect(toutes.filter((u) => u.startsWith('/thematiques/')).sort()).toEqual(thematiques.map((t) => `/thematiques/${t.id}/`).sort());
    expect(await urls(null, { filters: { type: 'glossaire' } })).toEqual([GLOSSAIRE]);
    const entree = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(entree.languages.fr.page_count).toBe(toutes.length);
    expect(Object.keys(entree.languages)).toEqual(['fr']);
    const r = await pf.search('contenus licence navigation');
    for (const x of r.results) {
      const d = await x.data();
      expect(d.content).not.toMatch(/Aller au contenu|Contenus sous licence|Navigation principale/);
    }
  });

  it('trouve le glossaire par chaque sigle et chaque forme développée, mais ne le liste pas quand on parcourt les fiches', async () => {
    // The written forms Pagefind reads as words: « A.P.P » or « CD 11 » are split at their punctuation.
    const formes = glossaire.flatMap((s) => [s.sigle, ...s.variantes]).filter((f) => /^[\p{L}\p{N}]+$/u.test(f));
    expect(formes.length).toBeGreaterThan(0);
    for (const f of formes) expect(await urls(f), f).toContain(GLOSSAIRE);
    for (const s of glossaire) expect(await urls(s.developpe), s.developpe).toContain(GLOSSAIRE);
    // What the search page asks for when browsing without words.
    expect(await urls(null, { filters: filtresPagefind(etatVide()) })).not.toContain(GLOSSAIRE);
    const r = await pf.search(glossaire[0]!.sigle);
    const donnees = await Promise.all(r.results.map((x) => x.data()));
    const g = donnees.find((d) => d.url === GLOSSAIRE)!;
    expect(g.filters.type).toEqual(['glossaire']);
    expect(g.meta.title).toBe('Glossaire des sigles');
    // The search page shows it with this line under its title.
    expect(g.meta.thematique).toBe('Glossaire');
  });

  it('offre chaque facette du site comme filtre', async () => {
    expect(Object.keys(await pf.filters())).toEqual(expect.arrayContaining(FACETTES.map((f) => f.cle)));
  });

  it('trouve une fiche par un mot de son corps', async () => {
    expect(await urls(REPERE.mot), REPERE.mot).toEqual([chemin(REPERE.fiche)]);
  });

  it('rapproche singulier et pluriel, avec ou sans accents', async () => {
    const { fiche, mot } = ACCENTUE;
    for (const q of [mot, `${mot}s`, replier(mot), `${replier(mot)}s`]) {
      expect(await urls(q), q).toContain(chemin(fiche));
    }
    expect(await urls(`${mot}s`)).toEqual(await urls(mot));
  });

  it('trouve une fiche par ses mots-clés (synonymes)', async () => {
    for (const f of fiches.filter((x) => x.data.motsCles.length)) {
      const mot = f.data.motsCles[0]!;
      expect(await urls(mot), `${f.id} par « ${mot} »`).toContain(chemin(f));
    }
  });

  it(
    'trouve chaque page par chacun de ses « mots associés » : synonymes, sigles, termes anglais, lieux',
    { timeout: 300_000 },
    async () => {
      const pages = [...fiches.map((f) => chemin(f)), ...thematiques.map((t) => `/thematiques/${t.id}/`)];
      // Each term searched once, for every page that lists it.
      const parTerme = new Map<string, string[]>();
      for (const p of pages)
        for (const terme of parse(html(p.slice(1)))
          .querySelectorAll('.autres-mots .terme')
          .map((e) => e.text))
          parTerme.set(terme, [...(parTerme.get(terme) ?? []), p]);
      expect(parTerme.size).toBeGreaterThan(0);
      for (const [terme, avec] of parTerme) {
        const trouvees = await urls(terme);
        for (const p of avec) expect(trouvees, `${p} par « ${terme} »`).toContain(p);
      }
    },
  );

  it('trouve une fiche par un synonyme de la table qu’elle n’emploie pas, dans chaque groupe qu’elle emploie', async () => {
    expect(SYNONYMES_ABSENTS.length).toBeGreaterThan(0);
    for (const { terme, fiche } of SYNONYMES_ABSENTS) expect(await urls(terme), `${fiche.id} par « ${terme} »`).toContain(chemin(fiche));
  });

  it('trouve une fiche par le sigle de ce qu’elle écrit en toutes lettres', async () => {
    if (!SIGLE_EN_TOUTES_LETTRES) return; // no sheet spells out an acronym without writing it
    const { sigle, fiche } = SIGLE_EN_TOUTES_LETTRES;
    expect(await urls(sigle)).toContain(chemin(fiche));
  });

  it('publie avec l’index le vocabulaire de ce qu’il indexe, les mots les plus employés d’abord', async () => {
    const v = JSON.parse(readFileSync(join(DIST, 'pagefind', FICHIER_VOCABULAIRE), 'utf8')) as Vocabulaire;
    const mots = new Map(v.mots);
    const pages = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')).languages.fr.page_count;
    for (const f of fiches)
      for (const m of f.data.titre.toLowerCase().match(/\p{L}{3,}/gu) ?? [])
        expect(mots.get(m.replace(/’/g, "'")), `${f.id} : « ${m} »`).toBeGreaterThan(0);
    const comptes = v.mots.map(([, n]) => n);
    expect(comptes).toEqual([...comptes].sort((a, b) => b - a));
    expect(Math.max(...comptes)).toBeLessThanOrEqual(pages);
  });

  it('filtre par chaque thématique (principale ou associée), chaque public, chaque pays et chaque état', async () => {
    for (const t of Object.keys(THEMATIQUES))
      expect(await obtenues({ thematique: { any: [t] } }), t).toEqual(attendues((d) => themesDe(d).includes(t)));
    for (const p of Object.keys(PUBLICS))
      expect(await obtenues({ publics: { any: [p] } }), p).toEqual(attendues((d) => d.publics.includes(p as never)));
    for (const p of Object.keys(PAYS))
      expect(await obtenues({ pays: { any: [p] } }), p).toEqual(attendues((d) => d.territoire.pays.includes(p as never)));
    for (const e of Object.keys(ETATS)) expect(await obtenues({ etat: { any: [e] } }), e).toEqual(attendues((d) => d.etat === e));
  });

  it('combine par OU dans une facette et par ET entre facettes', async () => {
    const etats = Object.keys(ETATS);
    for (const [i, e] of etats.entries()) {
      const autre = etats[(i + 1) % etats.length]!;
      expect(await obtenues({ etat: { any: [e, autre] } }), `${e} ou ${autre}`).toEqual(attendues((d) => d.etat === e || d.etat === autre));
    }
    for (const t of Object.keys(THEMATIQUES))
      for (const e of etats) {
        expect(await obtenues({ thematique: { any: [t] }, etat: { any: [e] } }), `${t} et ${e}`).toEqual(
          attendues((d) => themesDe(d).includes(t) && d.etat === e),
        );
      }
  });

  it('trie par titre dans l’ordre alphabétique français', async () => {
    const r = await pf.search(null, { filters: { type: 'fiche' }, sort: { titre: 'asc' } });
    const titres = (await Promise.all(r.results.map((x) => x.data()))).map((d) => fiches.find((f) => d.url === chemin(f))!.data.titre);
    expect(titres).toHaveLength(fiches.length);
    expect(titres).toEqual([...titres].sort(new Intl.Collator('fr').compare));
  });

  it.each([
    ['annee', 'desc'],
    ['annee-croissante', 'asc'],
  ] as const)('trie par année (%s), sans perdre les fiches sans année, placées à la fin', async (cle, sens) => {
    const r = await pf.search(null, { filters: { type: 'fiche' }, sort: { [cle]: sens } });
    const annees = (await Promise.all(r.results.map((x) => x.data()))).map((d) => fiches.find((f) => d.url === chemin(f))!.data.annee);
    expect(annees).toHaveLength(fiches.length);
    const datees = annees.filter((a) => a !== null);
    expect(annees.slice(datees.length).every((a) => a === null)).toBe(true);
    expect(datees).toEqual([...datees].sort((a, b) => (sens === 'asc' ? a - b : b - a)));
  });
});
