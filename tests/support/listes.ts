// The catalogue's listings as the data say they must be, and as a build shows them: page 1 at the
// listing's address, then the next pages by their rel="next" links. For the real build and for a
// generated catalogue large enough to paginate.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { deLaThematique, duDepartement, duPays, parTitre } from '../../src/lib/catalogue.ts';
import { FACETTES } from '../../src/lib/facettes.ts';
import { cheminAnnee, parAnnee } from '../../src/lib/frise.ts';
import { aSaListe, cheminValeur } from '../../src/lib/listes.ts';
import { cheminDepartement, cheminPays } from '../../src/lib/territoires.ts';
import type { Fiche } from '../../src/schema/fiche.ts';
import { PAYS, PUBLICS, THEMATIQUES } from '../../src/schema/vocabulaire.ts';

export type Entree = { id: string; data: Omit<Fiche, 'fichesLiees'> };

/** A build's own open data: every sheet, as the listings must hold them. */
export const donneesOuvertes = (dossier: string): Entree[] =>
  (
    JSON.parse(readFileSync(join(dossier, 'api/pratiques.json'), 'utf8')) as { pratiques: (Entree['data'] & { slug: string })[] }
  ).pratiques.map((p) => ({ id: p.slug, data: p }));

/** Every listing of the site (address relative to the base, its sheets in order), derived from the data. */
export function listesAttendues(fiches: readonly Entree[]): { adresse: string; slugs: string[] }[] {
  const liste = (adresse: string, l: readonly Entree[]) => ({ adresse, slugs: l.map((f) => f.id) });
  const presentes = (valeurs: (f: Entree) => string[]) => [...new Set(fiches.flatMap(valeurs))];
  return [
    liste('pratiques/', parTitre(fiches)),
    ...Object.keys(THEMATIQUES).map((t) => {
      const { principales, associees } = deLaThematique(fiches, t);
      return liste(cheminValeur('thematique', t), [...principales, ...associees]);
    }),
    ...Object.keys(PUBLICS)
      .map((p) => liste(cheminValeur('publics', p), parTitre(fiches.filter((f) => f.data.publics.includes(p as never)))))
      .filter((l) => l.slugs.length > 0),
    ...Object.keys(PAYS).map((p) => liste(cheminPays(p), parTitre(duPays(fiches, p)))),
    ...presentes((f) => f.data.territoire.departements).map((c) => liste(cheminDepartement(c), parTitre(duDepartement(fiches, c)))),
    ...FACETTES.filter((x) => !aSaListe(x.cle)).flatMap((x) =>
      presentes((f) => x.valeurs(f.data)).map((v) =>
        liste(cheminValeur(x.cle, v), parTitre(fiches.filter((f) => x.valeurs(f.data).includes(v)))),
      ),
    ),
    ...[...parAnnee(fiches)].map(([a, l]) => liste(cheminAnnee(a), parTitre(l))),
  ];
}

export interface PageLue {
  /** Relative to the base. */
  chemin: string;
  doc: HTMLElement;
  /** The sheets it lists, in order. */
  slugs: string[];
  /** Its head's rel="prev" and rel="next", relative to the base. */
  prev?: string;
  next?: string;
}

/** The sheets a listing page lists: its cards' titles, or its table's first column when it links to sheets. */
export const slugsListes = (doc: HTMLElement) =>
  doc
    .querySelectorAll('main .liste-fiches h2 > a, main .liste-fiches h3 > a, main tbody th > a')
    .map((a) => /\/pratiques\/([^/]+)\/$/.exec(a.getAttribute('href')!)?.[1])
    .filter((s) => s !== undefined);

/** The pages of a listing of a build served at the root, by following rel="next" from its address. */
export function pagesDe(dossier: string, adresse: string): PageLue[] {
  const pages: PageLue[] = [];
  const relatif = (e: HTMLElement | null) => e?.getAttribute('href')?.replace(/^\//, '');
  for (let chemin: string | undefined = adresse; chemin !== undefined; chemin = pages.at(-1)!.next) {
    if (pages.length > 10_000) throw new Error(`${adresse} : la chaîne rel="next" ne finit pas`);
    const fichier = join(dossier, chemin, 'index.html');
    if (!existsSync(fichier)) throw new Error(`${chemin} (page ${pages.length + 1} de ${adresse}) n’existe pas`);
    const doc = parse(readFileSync(fichier, 'utf8'));
    const tete = doc.querySelector('head')!;
    pages.push({
      chemin,
      doc,
      slugs: slugsListes(doc),
      prev: relatif(tete.querySelector('link[rel="prev"]')),
      next: relatif(tete.querySelector('link[rel="next"]')),
    });
  }
  return pages;
}

/** A word of a sheet's title in a built catalogue: in the generated one (GENERE), on enough pages to fill a screen of results from several slices. */
export const motDUnTitre = (dossier: string) =>
  donneesOuvertes(dossier)[0]!
    .data.titre.split(/\s+/)
    .find((m) => m.length > 5)!;
