// « Comparer des fiches »: what an address asks for, what it is told, and what each row of the table holds.
import { describe, expect, it } from 'vitest';
import { cellule, comparable, lignesPour, lireDemande, messageInconnues, urlComparaison } from '../../src/lib/comparaison.ts';
import { enregistrement } from '../../src/lib/donnees.ts';
import { LIGNES_COMPARAISON } from '../../src/lib/lignes-comparaison.ts';
import { NIVEAUX_PREUVE } from '../../src/schema/vocabulaire.ts';
import { champA } from '../../src/schema/champs.ts';
import { fiche, pratiqueApi } from '../../src/schema/fiche.ts';
import { ETATS, THEMATIQUES } from '../../src/schema/vocabulaire.ts';
import { frontmatterValide } from '../support/fiche-type.ts';

const existe = (s: string) => ['a', 'b', 'c', 'd', 'e'].includes(s);

describe('ce que demande l’adresse', () => {
  it('de deux à quatre fiches connues : le tableau, dans l’ordre de l’adresse, sans doublon', () => {
    expect(lireDemande('?fiches=c,a,c', existe)).toEqual({ fiches: ['c', 'a'], inconnues: [] });
    expect(lireDemande('?fiches=a,b,c,d', existe).obstacle).toBeUndefined();
  });

  it('nomme les fiches inconnues, même mal écrites, et compare les autres', () => {
    expect(lireDemande('?fiches=a,zz,b,Pas_Une', existe)).toEqual({ fiches: ['a', 'b'], inconnues: ['zz', 'Pas_Une'] });
    expect(messageInconnues(['zz'])).toBe('Fiche inconnue du catalogue, laissée de côté : « zz ».');
    expect(messageInconnues(['zz', 'yy'])).toBe('Fiches inconnues du catalogue, laissées de côté : « zz », « yy ».');
  });

  it.for([
    ['', 'Aucune fiche à comparer : choisissez-en de deux à quatre.'],
    ['?fiches=zz', 'Aucune des fiches demandées n’existe dans le catalogue.'],
    ['?fiches=a', 'Une seule fiche à comparer : la comparaison met côte à côte de deux à quatre fiches.'],
    ['?fiches=a,b,c,d,e', '5 fiches demandées : la comparaison en met côte à côte quatre au plus.'],
  ])('%s : le dit', ([search, message]) => {
    expect(lireDemande(search!, existe).obstacle).toBe(message);
  });

  it('l’adresse d’une comparaison, et quand une liste se compare', () => {
    expect(urlComparaison('/base/comparer/', ['a', 'b'])).toBe('/base/comparer/?fiches=a,b');
    expect([1, 2, 4, 5].map((n) => comparable(Array(n).fill('x')))).toEqual([false, true, true, false]);
  });
});

describe('les lignes du tableau', () => {
  const sections = [{ titre: 'Évaluation', ancre: 'evaluation' }];
  const e = enregistrement('exemple', fiche.parse(frontmatterValide()), (s) => `https://e.org/pratiques/${s}/`, sections);
  const ligne = (chemin: string) => LIGNES_COMPARAISON.find((l) => l.chemin === chemin)!;
  const textes = (chemin: string, x = e) => cellule(ligne(chemin), x).map((m) => m.texte);

  it('chaque ligne porte le libellé du registre', () => {
    for (const l of LIGNES_COMPARAISON.filter((x) => x.chemin !== 'sections'))
      expect(l.libelle, l.chemin).toBe(champA(pratiqueApi, l.chemin)!.libelle);
  });

  it('les valeurs contrôlées par leur libellé, l’année comme la source l’écrit, les listes entières', () => {
    expect(textes('thematique')).toEqual([THEMATIQUES[e.thematique]]);
    expect(textes('etat')).toEqual([ETATS[e.etat]]);
    expect(textes('annee')).toEqual([e.anneeTexte]);
    expect(textes('annee', { ...e, anneeTexte: undefined, annee: null })).toEqual(['Non renseignée']);
    expect(textes('porteurs')).toEqual(e.porteurs);
    expect(textes('territoire.libelle')).toEqual([e.territoire.libelle]);
  });

  it('une participation vide dit « Non signalée dans la source » ; les sections sont des liens vers leur ancre', () => {
    expect(textes('participation')).toEqual(['Non signalée dans la source']);
    expect(cellule(ligne('sections'), e)).toEqual([{ texte: 'Évaluation', ancre: 'evaluation' }]);
  });

  it('« Niveau de preuve » : le libellé du niveau que la fiche reçoit', () => {
    expect(ligne('niveauPreuve').libelle).toBe('Niveau de preuve');
    expect(textes('niveauPreuve')).toEqual([NIVEAUX_PREUVE[e.niveauPreuve]]);
    expect(lignesPour(LIGNES_COMPARAISON, [e]).map((l) => l.chemin)).toContain('niveauPreuve');
  });
});
