// The web app manifest that makes the catalogue installable on a phone (pure: the endpoint
// src/pages/manifest.webmanifest.ts serves it, the head of every page links it, the service worker
// keeps its files). The colours are the stylesheet's own, read from its custom properties.
import { SITE } from './site.ts';
import { chemin } from './url.ts';

export const MANIFESTE = 'manifest.webmanifest';

/** The icons, in public/: the favicon, and PNGs made from it by `npm run icones` (scripts/icones.ts). */
export const ICONES = [
  { fichier: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
  { fichier: 'icone-192.png', sizes: '192x192', type: 'image/png' },
  { fichier: 'icone-512.png', sizes: '512x512', type: 'image/png' },
  // Full-bleed, for the shapes launchers cut: the glyph stays inside the central safe circle.
  { fichier: 'icone-masquable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
] as const;
/** The catalogue's logo for search engines (JSON-LD publisher): the largest plain icon. */
export const LOGO = { fichier: 'icone-512.png', cote: 512 } as const satisfies {
  fichier: (typeof ICONES)[number]['fichier'];
  cote: number;
};
/** The home-screen icon iOS reads from the page, full-bleed as iOS rounds it itself. */
export const ICONE_APPLE = { fichier: 'icone-apple-180.png', sizes: '180x180' } as const;

/** Every file of the installed application, relative to the base. */
export const FICHIERS_APPLI: readonly string[] = [MANIFESTE, ...ICONES.map((i) => i.fichier), ICONE_APPLE.fichier];

export interface Couleurs {
  /** The browser's bar and the task switcher: the accent (--accent). */
  theme: string;
  /** The splash screen while the application starts: the page background (--fond). */
  fond: string;
}

/** The value of a custom property in a stylesheet's text (its first declaration). */
export function proprieteCss(css: string, nom: string, pour = 'le manifeste de l’application'): string {
  const valeur = new RegExp(`(?:^|[\\s;{])${nom}\\s*:\\s*([^;}]+)`).exec(css)?.[1]?.trim();
  if (!valeur) throw new Error(`La feuille de style ne déclare pas ${nom}, dont ${pour} a besoin`);
  return valeur;
}

export const couleursDe = (css: string): Couleurs => ({ theme: proprieteCss(css, '--accent'), fond: proprieteCss(css, '--fond') });

/** The manifest for a build served under `base`: every address stays under it. */
export function manifeste(base: string, couleurs: Couleurs) {
  const a = (cible = '') => chemin(base, cible);
  return {
    id: a(),
    name: SITE.nom,
    short_name: 'Pratiques',
    description: SITE.description,
    lang: 'fr',
    dir: 'ltr',
    start_url: a(),
    scope: a(),
    display: 'standalone',
    theme_color: couleurs.theme,
    background_color: couleurs.fond,
    categories: ['education', 'reference'],
    icons: ICONES.map(({ fichier, ...icone }) => ({ src: a(fichier), ...icone })),
    shortcuts: [
      { name: 'Rechercher une pratique', url: a('recherche/') },
      { name: 'Ma sélection', url: a('selection/') },
    ],
  };
}
