// The citations of a build read as reference managers read them: each file a page offers parsed by
// citation-js (BibTeX, BibLaTeX, RIS, CSL-JSON), and what the browser connectors take from the page.
import type { HTMLElement } from 'node-html-parser';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { nomRis, type Format } from '../../src/lib/citation.ts';
import { SITE } from '../../src/lib/site.ts';
import type { Fiche } from './catalogue.ts';

export interface Reference {
  titre: string;
  /** Each name as one string: a name split into a family and a given name reads « Nom / Prénom ». */
  auteurs: string[];
  /** The date parts: [année, mois?, jour?]. */
  date: number[];
  url: string | undefined;
}

/** The one reference a file holds; fails if it holds none or several. */
export function lireReference(texte: string): Reference {
  const items = new Cite(texte).data;
  if (items.length !== 1) throw new Error(`une référence attendue, ${items.length} lues`);
  const item = items[0]!;
  return {
    titre: item.title,
    auteurs: (item.author ?? []).map((a) => a.literal ?? (a.given === undefined ? a.family! : `${a.family} / ${a.given}`)),
    date: item.issued?.['date-parts'][0] ?? [],
    url: item.URL,
  };
}

/** The file a page offers in a format (its « Citer » link, a data: address), its name, and what citation-js reads in it. */
export function citationsLues(page: HTMLElement, format: Format) {
  const lien = page.querySelectorAll('.citer a[download]').find((a) => a.text.trim() === format.libelle);
  const adresse = lien?.getAttribute('href') ?? '';
  const donnees = /^data:([^,]*),(.*)$/s.exec(adresse);
  if (!donnees) throw new Error(`pas de lien ${format.libelle} à télécharger : ${adresse}`);
  if (donnees[1] !== format.type.replace(/\s/g, '')) throw new Error(`type ${donnees[1]} pour ${format.libelle}`);
  return { fichier: lien!.getAttribute('download'), ...lireReference(decodeURIComponent(donnees[2]!)) };
}

const parties = (iso: string) => iso.split('-').map(Number);
const auteursDe = (f: Fiche) => [SITE.nom, f.data.sources[0]!.auteur];

/** What a sheet's file must give, named `<slug><suffixe>`: classic BibTeX dates by year and month only. */
export const referenceAttendue = (f: Fiche, page: URL, format: Format) => ({
  fichier: `${f.id}${format.suffixe}`,
  titre: f.data.titre,
  auteurs: format.suffixe === '.ris' ? auteursDe(f).map(nomRis) : auteursDe(f),
  date: parties(f.data.miseAJour).slice(0, format.suffixe === '.bib' ? 2 : 3),
  url: page.href,
});

/** What Zotero's connector and the others read on a page: the citation_* meta tags and the COinS. */
export function connecteurs(page: HTMLElement) {
  const meta = (nom: string) => page.querySelectorAll(`head meta[name="${nom}"]`).map((m) => m.getAttribute('content'));
  const kev = new URLSearchParams(page.querySelector('span.Z3988')?.getAttribute('title') ?? '');
  return {
    citation: {
      titre: meta('citation_title'),
      auteurs: meta('citation_author'),
      date: meta('citation_date'),
      url: meta('citation_public_url'),
    },
    coins: { titre: kev.getAll('rft.title'), auteurs: kev.getAll('rft.aucorp'), date: kev.getAll('rft.date'), url: kev.getAll('rft_id') },
  };
}

export const connecteursAttendus = (f: Fiche, page: URL) => ({
  citation: { titre: [f.data.titre], auteurs: auteursDe(f), date: [f.data.miseAJour.replace(/-/g, '/')], url: [page.href] },
  coins: { titre: [f.data.titre], auteurs: auteursDe(f), date: [f.data.miseAJour], url: [page.href] },
});

/** An APA reference without its consultation date, which is the day it is read. */
export const sansConsultation = (apa: string) => apa.replace(/Consulté le [^,]+,/, 'Consulté le …,');
