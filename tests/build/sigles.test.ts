// Acronyms explained in the built pages, at the root and under the sub-path: each a button that opens
// its expansion in a popover, with a link to its glossary entry; and the glossary's A–Z index.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { slugify } from '../../src/lib/slug.ts';
import { DIST, html } from '../support/site.ts';
import { fiches, glossaire, replier, thematiques } from '../support/catalogue.ts';
import { BASE_SOUS_CHEMIN, SITE_SOUS_CHEMIN } from '../support/sous-chemin.ts';

/** Each written form of an acronym, with its entry. */
const entrees = new Map(glossaire.flatMap((s) => [s.sigle, ...s.variantes].map((forme) => [forme, s] as const)));
/** The pages whose text the acronyms plugin explains: sheets and theme pages. */
const pages = [...fiches.map((f) => `pratiques/${f.id}/`), ...thematiques.map((t) => `thematiques/${t.id}/`)];

describe.each([
  ['/', DIST],
  [BASE_SOUS_CHEMIN, SITE_SOUS_CHEMIN],
])('sous %s, chaque sigle expliqué d’une fiche ou d’une thématique', (base, dossier) => {
  const lire = (chemin: string) => parse(readFileSync(join(dossier, chemin, 'index.html'), 'utf8'));
  const ancres = new Set(
    lire('glossaire/')
      .querySelectorAll('[id]')
      .map((e) => e.id),
  );

  it('est un bouton qui ouvre sa forme développée et un lien vers son entrée du glossaire, ignoré par la recherche', () => {
    let expliques = 0;
    for (const p of pages) {
      const doc = lire(p);
      for (const bouton of doc.querySelectorAll('main button[popovertarget]')) {
        const abbr = bouton.querySelector('abbr');
        const s = entrees.get(abbr?.text ?? '');
        expect(s, `${p} : ${bouton.outerHTML}`).toBeDefined();
        expect(bouton.getAttribute('type')).toBe('button');
        expect(abbr!.getAttribute('title'), p).toBe(s!.developpe);
        // The popover comes right after its button: it is read, and reached with Tab, next.
        const bulle = bouton.nextElementSibling!;
        expect(bulle.id, p).toBe(bouton.getAttribute('popovertarget'));
        expect(bulle.hasAttribute('popover'), p).toBe(true);
        expect(doc.querySelectorAll(`[id="${bulle.id}"]`), `${p} : #${bulle.id}`).toHaveLength(1);
        expect(bulle.text, p).toContain(s!.developpe);
        const liens = bulle.querySelectorAll('a');
        expect(liens, p).toHaveLength(1);
        const ancre = slugify(s!.sigle);
        expect(liens[0]!.getAttribute('href'), p).toBe(`${base}glossaire/#${ancre}`);
        expect(ancres, `${p} : #${ancre}`).toContain(ancre);
        expect(liens[0]!.hasAttribute('data-pagefind-ignore'), p).toBe(true);
        expliques++;
      }
    }
    // Not vacuous: the catalogue's texts use acronyms of its glossary.
    expect(expliques).toBeGreaterThan(0);
  });
});

describe('le glossaire', () => {
  const page = parse(html('glossaire/'));
  const index = page.querySelector('nav[aria-label="Index alphabétique des sigles"]')!;
  /** The letter an acronym is filed under: its first, without accent. */
  const lettre = (sigle: string) => replier(sigle).replace(/^œ/, 'o').charAt(0).toUpperCase();
  const termes = page.querySelectorAll('.glossaire > div').map((d) => ({ id: d.id, sigle: d.querySelector('dt abbr')!.text }));
  const premiers = new Map<string, string>();
  for (const t of termes) if (!premiers.has(lettre(t.sigle))) premiers.set(lettre(t.sigle), `#${t.id}`);

  it('s’ouvre sur un index de A à Z : chaque lettre qui a des sigles mène au premier, les autres ne sont pas des liens', () => {
    expect(index).not.toBeNull();
    // Before the entries.
    const html = page.toString();
    const entrees = html.search(/class="glossaire[ "]/);
    expect(entrees).toBeGreaterThan(-1);
    expect(html.indexOf('index-alphabetique')).toBeLessThan(entrees);
    const liens = index.querySelectorAll('a').map((a) => [a.text.trim(), a.getAttribute('href')!] as const);
    expect(liens).toEqual([...premiers].sort(([a], [b]) => a.localeCompare(b)));
    const ids = new Set(termes.map((t) => t.id));
    for (const [, href] of liens) expect(ids, href).toContain(href.slice(1));
    const lettres = index.querySelectorAll('li').map((li) => li.text.trim());
    for (const l of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
      expect(lettres, l).toContain(l);
      if (!premiers.has(l))
        expect(
          index
            .querySelectorAll('li')
            .find((li) => li.text.trim() === l)!
            .querySelector('a'),
          l,
        ).toBeNull();
    }
  });

  it('est indexé par la recherche comme glossaire, sans les lettres de son index', () => {
    const corps = page.querySelector('[data-pagefind-body]')!;
    expect(corps.querySelector('h1')!.text).toBe('Glossaire des sigles');
    expect(corps.querySelector('[data-filtre="type"]')!.text).toBe('glossaire');
    expect(corps.querySelector('.glossaire')).not.toBeNull();
    expect(index.closest('[data-pagefind-ignore]')).not.toBeNull();
  });
});
