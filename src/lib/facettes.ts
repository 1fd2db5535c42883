// The search facets, derived from the fields that declare a `facette` role, plus what a sheet does not
// write: the région (it follows from its départements) and the level of evidence (from its evaluation
// and state). Used by the sheet page (to emit filters) and by the search page (to show them).
import { tousLesChamps, valeurDe } from '../schema/champs.ts';
import { fiche, type Fiche } from '../schema/fiche.ts';
import { libelle as libelleVocabulaire } from './format.ts';
import { CHAMP_PREUVE, CLE_PREUVE, niveauPreuve } from './preuve.ts';
import { libelleDepartement, nomRegion, regionsDe } from './territoires.ts';

type FicheSansLiens = Omit<Fiche, 'fichesLiees'>;

export interface Facette {
  cle: string;
  titre: string;
  rang: number;
  /** Its values in display order, when it has a closed list. */
  ordre?: readonly string[];
  libelle(valeur: string): string;
  valeurs(f: FicheSansLiens): string[];
}

const enListe = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : v === undefined || v === null ? [] : [String(v)]);

function depuisChamps(): Facette[] {
  const parCle = new Map<string, Facette>();
  for (const c of tousLesChamps(fiche)) {
    if (!c.facette) continue;
    const cle = c.facette.cle ?? c.cle;
    const deja = parCle.get(cle);
    const vide = c.facette.vide;
    const valeurs = (f: FicheSansLiens) => {
      const v = enListe(valeurDe(f, c.chemin));
      return v.length === 0 && vide ? [vide] : v;
    };
    if (deja) {
      const avant = deja.valeurs;
      deja.valeurs = (f) => [...avant(f), ...valeurs(f)];
      continue;
    }
    const vocabulaire = c.vocabulaire;
    parCle.set(cle, {
      cle,
      titre: c.libelle,
      rang: c.facette.rang,
      valeurs,
      ordre: vocabulaire && [...Object.keys(vocabulaire), ...(vide ? [vide] : [])],
      libelle: (v) =>
        v === vide && c.vide
          ? c.vide
          : vocabulaire
            ? libelleVocabulaire(vocabulaire, v)
            : cle === 'departement'
              ? libelleDepartement(v)
              : v,
    });
  }
  return [...parCle.values()];
}

const REGION: Facette = {
  cle: 'region',
  titre: 'Région',
  rang: 4,
  libelle: (v) => nomRegion(v) ?? v,
  valeurs: (f) => regionsDe(f.territoire.departements).map((r) => r.code),
};

const NIVEAU_PREUVE: Facette = {
  cle: CLE_PREUVE,
  titre: CHAMP_PREUVE.libelle,
  rang: 8.5, // just before the evaluation it sums up
  ordre: Object.keys(CHAMP_PREUVE.vocabulaire!),
  libelle: (v) => libelleVocabulaire(CHAMP_PREUVE.vocabulaire!, v),
  valeurs: (f) => [niveauPreuve(f)],
};

export const FACETTES: readonly Facette[] = [...depuisChamps(), REGION, NIVEAU_PREUVE].sort((a, b) => a.rang - b.rang);

/** The filter values of one sheet, by facet. A sheet counts under its main theme and its associated ones. */
export const valeursFacettes = (f: FicheSansLiens): Record<string, string[]> =>
  Object.fromEntries(FACETTES.map((x) => [x.cle, x.valeurs(f)]));

/** Label of a facet value: from its vocabulary, or the département / région name. */
export const libelleValeur = (cle: string, valeur: string): string => FACETTES.find((x) => x.cle === cle)?.libelle(valeur) ?? valeur;

/**
 * The options each facet offers: the values present in the catalogue, in vocabulary order (or by
 * label, French collation), with their labels.
 */
export function optionsFacettes(
  fiches: readonly FicheSansLiens[],
): { cle: string; titre: string; options: { valeur: string; libelle: string }[] }[] {
  const alpha = new Intl.Collator('fr');
  return FACETTES.map((f) => {
    const presentes = new Set(fiches.flatMap((x) => f.valeurs(x)));
    const valeurs = f.ordre ? f.ordre.filter((v) => presentes.has(v)) : [...presentes].sort();
    const options = valeurs.map((valeur) => ({ valeur, libelle: f.libelle(valeur) }));
    if (!f.ordre && f.cle !== 'departement') options.sort((a, b) => alpha.compare(a.libelle, b.libelle));
    return { cle: f.cle, titre: f.titre, options };
  });
}
