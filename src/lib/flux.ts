// The RSS feeds: the catalogue's, and one per theme, country and département, each beside its page
// (`thematiques/x/` → `thematiques/x/flux.xml`); one function makes them all.
import rss, { type RSSOptions } from '@astrojs/rss';
import type { Fiche } from '../schema/fiche.ts';
import { THEMATIQUES } from '../schema/vocabulaire.ts';
import { plusRecentes } from './catalogue.ts';
import { SITE } from './site.ts';
import { href, hrefFiche } from './url.ts';

/** A feed holds the most recently reviewed sheets, this many at most. */
export const MAX_ITEMS_FLUX = 50;

/** A feed's title, also that of the page's `<link rel="alternate">`. */
export const titreFlux = (sujet?: string) => (sujet ? `${SITE.nom} : ${sujet}` : SITE.nom);

type Entree = { id: string; data: Pick<Fiche, 'titre' | 'resume' | 'annee' | 'miseAJour' | 'thematique' | 'thematiquesAssociees'> };

/** A feed of these sheets, about `sujet` (a theme, a territory) or the whole catalogue; each item dated by its sheet's review. */
export function optionsFlux(fiches: readonly Entree[], site: URL | undefined, sujet?: string): RSSOptions {
  const quoi = 'Nouvelles fiches et fiches mises à jour du catalogue des pratiques émergentes du travail social';
  return {
    title: titreFlux(sujet),
    description: sujet ? `${quoi} : ${sujet}.` : `${quoi}.`,
    site: new URL(href(), site).href,
    customData: '<language>fr</language>',
    items: plusRecentes(fiches)
      .slice(0, MAX_ITEMS_FLUX)
      .map((f) => ({
        title: f.data.titre,
        link: hrefFiche(f.id),
        description: f.data.resume,
        pubDate: new Date(`${f.data.miseAJour}T00:00:00Z`),
        categories: [THEMATIQUES[f.data.thematique]],
      })),
  };
}

export const flux = (...args: Parameters<typeof optionsFlux>) => rss(optionsFlux(...args));
