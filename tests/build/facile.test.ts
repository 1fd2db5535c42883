// The easy-to-read summary as readers meet it: on every sheet, between the summary and the body, with
// its note; and in the search index, which finds a sheet by a word only its summary holds.
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { html } from '../support/site.ts';
import { pagefind, urls } from '../support/pagefind.ts';
import { chemin, fiches, replier, type Fiche } from '../support/catalogue.ts';

const NOTE = /facile à lire.*pas encore été relu par un groupe de lecteurs/;
const page = (f: Fiche) => parse(html(`pratiques/${f.id}/`));
const racine = (mot: string) => replier(mot).slice(0, Math.max(5, mot.length - 2));

describe.each(fiches.map((f) => [f.id, f] as const))('la fiche %s', (_, f) => {
  it('montre « En facile à lire » après le résumé et avant le texte, avec ses phrases et la note', () => {
    const article = page(f).querySelector('article[data-pagefind-body]')!;
    const section = article.querySelector('.facile')!;
    expect(section.querySelector('h2')!.text).toBe('En facile à lire');
    expect(section.querySelectorAll('li').map((li) => li.text)).toEqual(f.data.facileALire);
    expect(section.querySelector('.note')!.text).toMatch(NOTE);
    // Never folded away: no <details> holds it.
    expect(section.closest('details')).toBeNull();
    const rang = (classe: string) => article.children.findIndex((e) => e.classList.contains(classe) || e.tagName === classe);
    expect(rang('HEADER')).toBeLessThan(rang('facile'));
    expect(rang('facile')).toBeLessThan(rang('corps'));
  });
});

/**
 * A word of a sheet's easy-to-read summary that nothing else on the site holds, not even the rest of
 * that sheet's page, as a stemmer could shorten it.
 */
const PROPRE_AU_RESUME = (() => {
  const ailleurs = fiches.map((f) => {
    const p = page(f);
    p.querySelector('.facile')!.remove();
    return { f, texte: replier(p.querySelector('body')!.text) };
  });
  for (const f of fiches)
    for (const mot of f.data.facileALire.join(' ').split(/[^\p{L}]+/u)) {
      if (mot.length >= 7 && ailleurs.every(({ texte }) => !texte.includes(racine(mot)))) return { fiche: f, mot };
    }
  throw new Error('aucune fiche n’a, dans son résumé facile à lire, un mot que rien d’autre ne contient');
})();

describe('le résumé facile à lire dans la recherche', () => {
  it(`trouve une fiche par un mot de son seul résumé facile à lire (« ${PROPRE_AU_RESUME.mot} »)`, async () => {
    expect(await urls(PROPRE_AU_RESUME.mot)).toContain(chemin(PROPRE_AU_RESUME.fiche));
  });

  it('garde le titre de la rubrique et la note hors des extraits', async () => {
    const r = await (await pagefind()).search(PROPRE_AU_RESUME.mot);
    const d = await r.results[0]!.data();
    expect(d.excerpt).toContain(PROPRE_AU_RESUME.mot.slice(0, 5));
    expect(d.content).not.toMatch(NOTE);
    expect(d.content).not.toContain('En facile à lire');
  });
});
