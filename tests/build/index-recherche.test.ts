// The Pagefind index of the built site, queried in Node with Pagefind's own JS API.
import { describe, expect, it } from 'vitest';
import { getCollection } from 'astro:content';
import { pagefind, urls } from '../support/pagefind.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, slugsFiches } from '../support/site.ts';

const fiches = await getCollection('pratiques');
const pf = await pagefind();

describe('l’index de recherche', () => {
  it('contient exactement un enregistrement par fiche, rien d’oublié', async () => {
    const enregistrees = (await urls(null, { filters: { type: 'fiche' } })).map((u) => u.split('/')[2]).sort();
    expect(enregistrees).toEqual(slugsFiches());
  });

  it('indexe aussi les pages de thématique, et rien d’autre', async () => {
    const toutes = await urls(null, { filters: { type: { any: ['fiche', 'thematique'] } } });
    expect(toutes.filter((u) => u.startsWith('/thematiques/'))).toHaveLength(7);
    const entree = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(entree.languages.fr.page_count).toBe(toutes.length);
    expect(Object.keys(entree.languages)).toEqual(['fr']);
    const r = await pf.search('contenus licence navigation');
    for (const x of r.results) {
      const d = await x.data();
      expect(d.content).not.toMatch(/Aller au contenu|Contenus sous licence|Navigation principale/);
    }
  });

  it('trouve une fiche par un mot de son corps', async () => {
    expect((await urls('Brantôme'))[0]).toBe('/pratiques/pair-aidance-aurore-brantome/');
  });

  it('rapproche singulier et pluriel, avec ou sans accents', async () => {
    for (const q of ['conférence', 'conférences', 'conference', 'Ardeche']) {
      expect(await urls(q), q).toContain('/pratiques/conferences-familiales-ardeche/');
    }
    expect(await urls('maraudes')).toEqual(await urls('maraude'));
  });

  it('trouve une fiche par ses mots-clés (synonymes)', async () => {
    for (const f of fiches.filter((x) => x.data.motsCles.length)) {
      const mot = f.data.motsCles[0]!;
      expect(await urls(mot), `${f.id} par « ${mot} »`).toContain(`/pratiques/${f.id}/`);
    }
  });

  it('filtre par thématique (principale ou associée), par public, par pays et par état', async () => {
    const attendues = (garder: (d: (typeof fiches)[number]['data']) => boolean) =>
      fiches.filter((f) => garder(f.data)).map((f) => `/pratiques/${f.id}/`).sort();
    const obtenues = async (filters: object) => (await urls(null, { filters: { type: 'fiche', ...filters } })).sort();

    expect(await obtenues({ thematique: { any: ['pair-aidance'] } })).toEqual(attendues((d) => d.thematique === 'pair-aidance' || d.thematiquesAssociees.includes('pair-aidance')));
    expect(await obtenues({ publics: { any: ['jeunes'] } })).toEqual(attendues((d) => d.publics.includes('jeunes')));
    expect(await obtenues({ pays: { any: ['Suisse'] } })).toEqual(attendues((d) => d.territoire.pays.includes('Suisse')));
    expect(await obtenues({ etat: { any: ['extension', 'perennisee'] } })).toEqual(attendues((d) => ['extension', 'perennisee'].includes(d.etat)));
    // AND across facets
    expect(await obtenues({ thematique: { any: ['conferences-familiales'] }, etat: { any: ['extension'] } }))
      .toEqual(attendues((d) => (d.thematique === 'conferences-familiales' || d.thematiquesAssociees.includes('conferences-familiales')) && d.etat === 'extension'));
  });

  it.each([['annee', 'desc'], ['annee-croissante', 'asc']] as const)('trie par année (%s), sans perdre les fiches sans année, placées à la fin', async (cle, sens) => {
    const r = await pf.search(null, { filters: { type: 'fiche' }, sort: { [cle]: sens } });
    const annees = (await Promise.all(r.results.map((x) => x.data()))).map((d) => fiches.find((f) => d.url.includes(`/${f.id}/`))!.data.annee);
    expect(annees).toHaveLength(fiches.length);
    const datees = annees.filter((a) => a !== null);
    expect(annees.slice(datees.length).every((a) => a === null)).toBe(true);
    expect(datees).toEqual([...datees].sort((a, b) => (sens === 'asc' ? a - b : b - a)));
  });
});
