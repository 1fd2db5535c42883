// The citation data of a sheet and of the whole catalogue, as built for this site.
import type { Fiche } from '../schema/fiche.ts';
import { CATALOGUE, FICHIER_CATALOGUE, type ACiter } from './citation.ts';
import { jourLocal } from './format.ts';
import { href, hrefFiche } from './url.ts';

/** The consultation date written at build time; the page then shows the reader's own day. */
const aujourdhui = () => jourLocal(new Date());

export const citationFiche = (fiche: { id: string; data: Omit<Fiche, 'fichesLiees'> }, site: URL): ACiter => ({
  titre: fiche.data.titre,
  url: new URL(hrefFiche(fiche.id), site).href,
  miseAJour: fiche.data.miseAJour,
  consultation: aujourdhui(),
  source: fiche.data.sources[0],
  cle: `pratiques-emergentes-${fiche.id}`,
  fichier: fiche.id,
  conteneur: CATALOGUE,
});

export const citationCatalogue = (miseAJour: string, site: URL): ACiter => ({
  titre: CATALOGUE,
  url: new URL(href(), site).href,
  miseAJour,
  consultation: aujourdhui(),
  cle: FICHIER_CATALOGUE,
  fichier: FICHIER_CATALOGUE,
});
