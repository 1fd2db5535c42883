// The site's addresses, read from the page files of src/pages: a link written in a sheet must lead to
// one of them. A dynamic segment (`[slug]`) matches the values the catalogue gives it.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** A page file as the address it builds: `pratiques/[slug].astro` → `/pratiques/[slug]/`, `flux.xml.ts` → `/flux.xml`. */
export function routeDe(fichier: string): string | undefined {
  const m = /^(.*?)\.(astro|md|mdx|ts|js)$/.exec(fichier);
  if (!m || /(^|\/)_/.test(fichier)) return undefined;
  const [, chemin, ext] = m;
  if (ext === 'ts' || ext === 'js') return `/${chemin}`; // an endpoint names its file, extension included
  const dossier = chemin!.replace(/(^|\/)index$/, '');
  return dossier ? `/${dossier}/` : '/';
}

const fichiers = (dossier: string, prefixe = ''): string[] =>
  readdirSync(dossier, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? fichiers(join(dossier, e.name), `${prefixe}${e.name}/`) : [`${prefixe}${e.name}`],
  );

/** A final rest segment (`[...page]`) may be empty: its route also builds the address without it (a listing's page 1). */
const RESTE_FINAL = /\[\.\.\.[^\]]+\]\/$/;
const sansReste = (route: string): string[] => (RESTE_FINAL.test(route) ? [route, route.replace(RESTE_FINAL, '')] : [route]);

/** Every address of the site, as route patterns; the 404 page is not one to link to. */
export const routesDuSite = (pages: string): string[] =>
  fichiers(pages)
    .map(routeDe)
    .filter((r): r is string => r !== undefined && r !== '/404/')
    .flatMap(sansReste);

/** The pattern up to a dynamic segment names it: `/pratiques/[slug]` for `/pratiques/[slug]/`. */
export const segmentsDynamiques = (route: string): string[] =>
  [...route.matchAll(/\[[^\]]+\]/g)].map((m) => route.slice(0, m.index + m[0].length));

/** Whether `chemin` (without base, query or #) is an address of the site, given the values of each dynamic segment. */
export function existe(chemin: string, routes: readonly string[], valeurs: Readonly<Record<string, ReadonlySet<string>>>): boolean {
  const voulus = chemin.split('/');
  return routes.some((route) => {
    const parties = route.split('/');
    if (parties.length !== voulus.length) return false;
    return parties.every((p, i) => {
      if (!/^\[[^\]]+\]$/.test(p)) return p === voulus[i];
      return valeurs[parties.slice(0, i + 1).join('/')]?.has(voulus[i]!) ?? false;
    });
  });
}
