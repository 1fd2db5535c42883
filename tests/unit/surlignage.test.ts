// The words searched for, found again in a page's text whatever their form.
import { describe, expect, it } from 'vitest';
import { motifSurlignage, plagesSurlignees, plierTexte } from '../../src/lib/surlignage.ts';

const marques = (texte: string, ...mots: string[]) => plagesSurlignees(texte, motifSurlignage(mots)!).map(([a, b]) => texte.slice(a, b));

describe('le surlignage à l’arrivée de la recherche', () => {
  it('garde chaque caractère à sa place en repliant accents et capitales', () => {
    const texte = 'Évaluation ŒUVRE à l’été';
    expect(plierTexte(texte)).toHaveLength(texte.length);
    expect(plierTexte(texte)).toBe('evaluation œuvre a l’ete');
  });

  it('marque les formes d’un même mot, accents et capitales mis à part', () => {
    expect(marques('L’accompagnement social et les accompagnants.', 'accompagner')).toEqual(['accompagnement', 'accompagnants']);
    expect(marques('Des Familles, une famille.', 'famille')).toEqual(['Familles', 'famille']);
    expect(marques('Une démarche évaluée', 'evaluation')).toEqual(['évaluée']);
  });

  it('marque chaque partie d’un mot composé, et pas les mots vides', () => {
    expect(marques('L’aller-vers se prépare : aller vers les gens.', 'aller-vers')).toEqual(['aller', 'vers', 'aller', 'vers']);
    expect(motifSurlignage(['de', 'la', 'les'])).toBeUndefined();
  });

  it('ne marque pas un mot qui ne fait que contenir la racine', () => {
    expect(marques('Les prémisses et la mise en œuvre', 'mise')).toEqual(['mise']);
  });
});
