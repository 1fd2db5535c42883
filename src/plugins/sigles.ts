// Sätteri hast plugin: the first occurrence of each known acronym in a page becomes
// <abbr title="expansion">, at build time, for every sheet and theme page.
import type { HastPluginEntry } from 'satteri';
import type { Sigle } from '../schema/fiche.ts';
import { creerReperage } from '../lib/sigles.ts';

const SANS_ABBR = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'abbr', 'code', 'pre']);

export function sigles(glossaire: readonly Sigle[]): HastPluginEntry {
  const decouper = creerReperage(glossaire);
  return () => {
    const vus = new Set<string>();
    return {
      name: 'sigles',
      text(node, ctx) {
        for (let p = ctx.parent(node); p && p.type === 'element'; p = ctx.parent(p)) {
          if (SANS_ABBR.has(p.tagName)) return;
        }
        const morceaux = decouper(node.value, vus);
        if (morceaux.length === 1 && typeof morceaux[0] === 'string') return;
        ctx.replaceNode(
          node,
          morceaux.map((m) =>
            typeof m === 'string'
              ? { type: 'text', value: m }
              : { type: 'element', tagName: 'abbr', properties: { title: m.titre }, children: [{ type: 'text', value: m.sigle }] },
          ),
        );
      },
    };
  };
}
