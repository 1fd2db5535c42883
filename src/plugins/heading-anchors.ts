// Sätteri hast plugin: readable ASCII anchors on every heading (« État d’avancée » → #etat-d-avancee),
// set before Astro's own heading-ids plugin, which keeps an existing id; and beside each H2/H3 a
// link to it, that trainers copy (<texte-corps> copies it on click).
import type { HastPluginEntry } from 'satteri';
import { createAnchorer } from '../lib/slug.ts';

export const headingAnchors: HastPluginEntry = () => {
  const ancre = createAnchorer();
  return {
    name: 'heading-anchors',
    element: {
      filter: ['h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        const texte = ctx.textContent(node);
        const id = typeof node.properties?.id === 'string' ? node.properties.id : ancre(texte);
        ctx.setProperty(node, 'id', id);
        if (node.tagName !== 'h2' && node.tagName !== 'h3') return;
        ctx.wrapNode(node, {
          type: 'element',
          tagName: 'div',
          properties: { className: ['titre-section'] },
          children: [
            {
              type: 'element',
              tagName: 'a',
              properties: { className: ['lien-section'], href: `#${id}`, dataPagefindIgnore: '' },
              children: [
                { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
                {
                  type: 'element',
                  tagName: 'span',
                  properties: { className: ['sr-only'] },
                  children: [{ type: 'text', value: `Lien de la section « ${texte} »` }],
                },
              ],
            },
          ],
        });
      },
    },
  };
};
