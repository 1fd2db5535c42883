// Sätteri hast plugin: a sheet links other pages as "/pratiques/x/"; under a sub-path (BASE_PATH)
// those links must carry the base too. Each also carries its full address, written out in print.
import type { HastPluginEntry } from 'satteri';
import { chemin } from '../lib/url.ts';

export function liensInternes(base: string, site: string): HastPluginEntry {
  return {
    name: 'liens-internes',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.href;
        if (typeof href !== 'string' || !href.startsWith('/') || href.startsWith('//')) return;
        ctx.setProperty(node, 'href', chemin(base, href));
        ctx.setProperty(node, 'dataUrl', new URL(chemin(base, href), site).href);
      },
    },
  };
}
