// Follows every internal link of the built site from its home page, without JavaScript.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';

export interface Exploration {
  /** Pages reached, as site paths ("/pratiques/x/"). */
  atteintes: Set<string>;
  /** Links whose target does not exist: "page → cible". */
  casses: string[];
}

/** Crawls `dossier` (a build) served under `base`; also checks that #anchors exist on their target. */
export function explorer(dossier: string, base = '/'): Exploration {
  const atteintes = new Set<string>();
  const casses: string[] = [];
  const fichierDe = (chemin: string) => {
    const relatif = decodeURIComponent(chemin.slice(base.length));
    const candidats = [join(dossier, relatif), join(dossier, relatif, 'index.html')];
    return candidats.find((c) => existsSync(c) && !c.endsWith('/'));
  };
  const idsDe = new Map<string, Set<string>>();
  const ids = (fichier: string) => {
    // <pre> parsed as markup too, so that ids inside it count.
    const options = { blockTextElements: { script: true, noscript: true, style: true } };
    if (!idsDe.has(fichier))
      idsDe.set(
        fichier,
        new Set(
          parse(readFileSync(fichier, 'utf8'), options)
            .querySelectorAll('[id]')
            .map((e) => e.id),
        ),
      );
    return idsDe.get(fichier)!;
  };
  const file = [base];
  while (file.length) {
    const page = file.shift()!;
    if (atteintes.has(page)) continue;
    atteintes.add(page);
    const fichier = fichierDe(page)!;
    if (!fichier.endsWith('.html')) continue;
    const doc = parse(readFileSync(fichier, 'utf8'));
    const liens = doc
      .querySelectorAll('a[href], link[href], script[src], img[src]')
      .map((e) => e.getAttribute('href') ?? e.getAttribute('src')!);
    for (const lien of liens) {
      const url = new URL(lien, `http://site${page}`);
      if (url.host !== 'site') continue;
      if (!url.pathname.startsWith(base)) {
        casses.push(`${page} → ${lien} (hors de ${base})`);
        continue;
      }
      const cible = fichierDe(url.pathname);
      if (!cible) {
        casses.push(`${page} → ${lien}`);
        continue;
      }
      if (url.hash && cible.endsWith('.html') && !ids(cible).has(decodeURIComponent(url.hash.slice(1))))
        casses.push(`${page} → ${lien} (ancre absente)`);
      if (cible.endsWith('.html') && !atteintes.has(url.pathname)) file.push(url.pathname);
    }
  }
  return { atteintes, casses };
}
