// Sätteri hast plugin: readable ASCII anchors on every heading (« État d’avancée » → #etat-d-avancee),
// set before Astro's own heading-ids plugin, which keeps an existing id.
import type { HastPluginEntry } from 'satteri';
import { createAnchorer } from '../lib/slug.ts';

export const headingAnchors: HastPluginEntry = () => {
  const ancre = createAnchorer();
  return {
    name: 'heading-anchors',
    element: {
      filter: ['h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        if (typeof node.properties?.id !== 'string') ctx.setProperty(node, 'id', ancre(ctx.textContent(node)));
      },
    },
  };
};
