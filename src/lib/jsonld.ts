// schema.org description of a sheet, for search engines and reference managers.
import type { Fiche } from '../schema/fiche.ts';
import { THEMATIQUES } from '../schema/vocabulaire.ts';
import { IMAGE_PARTAGE } from './partage.ts';
import { historiqueFiche } from './relectures.ts';
import { SITE } from './site.ts';

/** What the page knows beyond the sheet's data: its addresses, and its dates from the repository's history. */
export interface ContexteJsonld {
  url: string;
  urlSite: string;
  /** The share image and the catalogue's logo, absolute. */
  image: string;
  logo: { url: string; cote: number };
  /** The first and last commits of the sheet's file, when the build knows them. */
  historique?: { creation: string; modification: string };
}

const organisation = (name: string) => ({ '@type': 'Organization', name });

export function jsonldFiche(f: Omit<Fiche, 'fichesLiees'>, c: ContexteJsonld) {
  const catalogue = {
    '@type': 'Organization',
    '@id': `${c.urlSite}#catalogue`,
    name: SITE.nom,
    url: c.urlSite,
    logo: { '@type': 'ImageObject', url: c.logo.url, width: c.logo.cote, height: c.logo.cote },
  };
  // A reviewed sheet is modified when reviewed, even with no commit since; dates in ISO form compare as text.
  const modification = [f.miseAJour, c.historique?.modification ?? ''].sort().at(-1);
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: f.titre,
    description: f.resume,
    url: c.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': c.url },
    inLanguage: 'fr',
    image: { '@type': 'ImageObject', url: c.image, width: IMAGE_PARTAGE.largeur, height: IMAGE_PARTAGE.hauteur },
    datePublished: historiqueFiche(f.miseAJour, c.historique?.creation).publiee,
    dateModified: modification,
    // Written by the catalogue from its sources, whose authors share the credit.
    author: [{ '@id': catalogue['@id'] }, ...[...new Set(f.sources.map((s) => s.auteur))].map(organisation)],
    publisher: catalogue,
    about: THEMATIQUES[f.thematique],
    // A carrier's note in brackets (« le Cnam (rôle non précisé) ») is not part of its name.
    mentions: f.porteurs.map((p) => organisation(p.replace(/\s*\([^)]*\)$/, ''))),
    keywords: f.motsCles.join(', '),
    spatialCoverage: { '@type': 'Place', name: f.territoire.libelle },
    isBasedOn: f.sources.map((s) => ({
      '@type': 'CreativeWork',
      name: s.titre,
      author: organisation(s.auteur),
      ...(s.annee ? { datePublished: String(s.annee) } : {}),
      ...(s.url ? { url: s.url } : {}),
    })),
    license: SITE.licence.url,
  };
}
