// The page-weight part of the bench: what each type of page weighs in a build (HTML, CSS, JavaScript
// with the chunks it imports, raw and gzipped), and what a phone loads on a first visit of each.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { lancerNavigateur, servir } from '../../tests/support/navigateur.ts';
import { ko, ligne } from './tableau.ts';

/** One page of each type, on the real catalogue. */
export const PAGES = {
  accueil: '',
  fiche: 'pratiques/conferences-familiales-ardeche/',
  thematique: 'thematiques/aller-vers/',
  liste: 'pratiques/',
  territoires: 'territoires/',
  recherche: 'recherche/',
  selection: 'selection/',
  contribuer: 'contribuer/',
};

export function poidsPage(sortie: string, chemin: string) {
  const fichier = join(sortie, chemin, 'index.html');
  const texte = readFileSync(fichier, 'utf8');
  const doc = parse(texte);
  const lire = (url: string) => readFileSync(join(sortie, url.replace(/^\//, '')));
  const css = doc.querySelectorAll('link[rel="stylesheet"]').map((l) => lire(l.getAttribute('href')!));
  const styles = doc.querySelectorAll('style').map((s) => Buffer.from(s.text));
  // A module script and every chunk it imports, each counted once.
  const vus = new Set<string>();
  const avecImports = (url: string): Buffer[] => {
    if (vus.has(url)) return [];
    vus.add(url);
    const code = lire(url);
    const imports = [...code.toString().matchAll(/(?:import|from)\s*["'](\.\/[^"']+\.js)["']/g)].map(
      (m) => new URL(m[1]!, `http://x${url}`).pathname,
    );
    return [code, ...imports.flatMap(avecImports)];
  };
  const js = doc.querySelectorAll('script[src]').flatMap((s) => avecImports(s.getAttribute('src')!));
  const inline = doc.querySelectorAll('script:not([src]):not([type="application/ld+json"])').map((s) => Buffer.from(s.text));
  const somme = (l: Buffer[]) => l.reduce((t, b) => t + b.length, 0);
  const gz = (l: Buffer[]) => l.reduce((t, b) => t + gzipSync(b).length, 0);
  return {
    html: texte.length,
    css: somme([...css, ...styles]),
    js: somme([...js, ...inline]),
    htmlCssGzip: gzipSync(texte).length + gz([...css, ...styles]),
    jsGzip: gz([...js, ...inline]),
  };
}

/**
 * What a phone loads on a first visit of each page type (bytes on the wire and requests, at 390 × 844,
 * the service worker kept out), and what the service worker then keeps for use without network, once.
 */
export async function poidsTelephone(sortie: string) {
  const site = await servir(sortie);
  const navigateur = await lancerNavigateur();
  const telephone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
  const pages: Record<string, { octets: number; requetes: number }> = {};
  for (const [type, chemin] of Object.entries(PAGES)) {
    const page = await navigateur.newPage({ ...telephone, serviceWorkers: 'block' });
    let requetes = 0;
    page.on('request', () => requetes++);
    const avant = site.octets();
    await page.goto(site.url + chemin, { waitUntil: 'networkidle' });
    pages[type] = { octets: site.octets() - avant, requetes };
    await page.close();
  }
  const page = await navigateur.newPage(telephone);
  const avant = site.octets();
  await page.goto(site.url, { waitUntil: 'networkidle' });
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForLoadState('networkidle');
  const horsLigne = site.octets() - avant - pages.accueil!.octets;
  await navigateur.close();
  await site.fermer();
  return { pages, horsLigne };
}

/** The BENCHMARKS.md section of the phone weights. */
export function sectionTelephone(poids: Awaited<ReturnType<typeof poidsTelephone>>): string[] {
  return [
    '## Sur un téléphone (390 × 844, catalogue réel)',
    '',
    'Premier chargement de chaque type de page dans Chromium en mode mobile, cache vide : tout ce qui passe sur le réseau (en-têtes compris, sans compression), jusqu’au repos du réseau (la recherche charge alors son index). `npm run bench -- telephone [dist]` refait cette seule mesure.',
    '',
    ligne(['page', 'octets transférés', 'requêtes']),
    ligne(['---', '---:', '---:']),
    ...Object.entries(poids.pages).map(([type, p]) => ligne([type, ko(p.octets), p.requetes])),
    '',
    `Ensuite, une seule fois par version du site et en arrière-plan, le service worker garde pour la lecture hors ligne les pages principales, les styles et scripts, l’index de recherche et ses extraits : ${ko(poids.horsLigne)}.`,
    '',
  ];
}
