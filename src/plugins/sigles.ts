// Sätteri hast plugin: the first occurrence of each known acronym in a page is explained, at build time,
// for every sheet and theme page. It becomes a button that opens its expansion, with a link to its
// glossary entry, in a declarative popover: tap, click, Enter or Space open it, Escape or a tap
// elsewhere close it, without any script. The acronym stays an <abbr title> inside the button, for
// assistive technologies and hover. Styles: src/components/sigles.css.
//
//   <button type="button" class="sigle-bouton" popovertarget="sigle-ase"><abbr title="Aide sociale à l’enfance">ASE</abbr></button>
//   <span class="sigle-bulle" id="sigle-ase" popover="auto">Aide sociale à l’enfance <a href="/glossaire/#ase" data-pagefind-ignore>…</a></span>
//
// The expansion is indexed by Pagefind (a search for it finds the page); the link's words are not.
import type { HastContent, HastPluginEntry } from 'satteri';
import type { Sigle } from '../schema/fiche.ts';
import { creerReperage } from '../lib/sigles.ts';
import { chemin } from '../lib/url.ts';

const SANS_ABBR = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'abbr', 'button', 'code', 'pre']);

const texte = (value: string): HastContent => ({ type: 'text', value });
const element = (tagName: string, properties: Record<string, string | string[]>, children: HastContent[]): HastContent =>
  ({ type: 'element', tagName, properties, children }) as HastContent;

/** `base`: the site's base path, which the glossary links carry. */
export function sigles(glossaire: readonly Sigle[], base: string): HastPluginEntry {
  const decouper = creerReperage(glossaire);
  return () => {
    const vus = new Set<string>();
    return {
      name: 'sigles',
      text(node, ctx) {
        for (let p = ctx.parent(node); p && p.type === 'element'; p = ctx.parent(p)) {
          if (SANS_ABBR.has(p.tagName) || p.properties?.popover !== undefined) return;
        }
        const morceaux = decouper(node.value, vus);
        if (morceaux.length === 1 && typeof morceaux[0] === 'string') return;
        ctx.replaceNode(
          node,
          morceaux.flatMap((m) => {
            if (typeof m === 'string') return texte(m);
            // One explained acronym per entry and page: its anchor makes a unique id.
            const id = `sigle-${m.ancre}`;
            return [
              element('button', { type: 'button', className: ['sigle-bouton'], popoverTarget: id }, [
                element('abbr', { title: m.titre }, [texte(m.sigle)]),
              ]),
              element('span', { className: ['sigle-bulle'], id, popover: 'auto' }, [
                texte(`${m.titre} `),
                element('a', { href: chemin(base, `glossaire/#${m.ancre}`), dataPagefindIgnore: '' }, [
                  texte('Voir le glossaire'),
                  element('span', { className: ['sr-only'] }, [texte(` : ${m.sigle}`)]),
                ]),
              ]),
            ];
          }),
        );
      },
    };
  };
}
