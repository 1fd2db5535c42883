// schema.org description of a sheet, for search engines and reference managers.
import type { Fiche } from '../schema/fiche.ts';
import { THEMATIQUES } from '../schema/vocabulaire.ts';
import { SITE } from './site.ts';

export function jsonldFiche(f: Omit<Fiche, 'fichesLiees'>, url: string, urlSite: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: f.titre,
    description: f.resume,
    url,
    inLanguage: 'fr',
    dateModified: f.miseAJour,
    about: THEMATIQUES[f.thematique],
    keywords: f.motsCles.join(', '),
    spatialCoverage: { '@type': 'Place', name: f.territoire.libelle },
    isBasedOn: f.sources.map((s) => ({
      '@type': 'CreativeWork',
      name: s.titre,
      author: s.auteur,
      ...(s.annee ? { datePublished: String(s.annee) } : {}),
      ...(s.url ? { url: s.url } : {}),
    })),
    publisher: { '@type': 'Organization', name: SITE.nom, url: urlSite },
    license: SITE.licence.url,
  };
}
