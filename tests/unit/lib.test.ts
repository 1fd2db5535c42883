import { describe, expect, it } from 'vitest';
import { entreePour } from '../../src/lib/sigles.ts';
import { createAnchorer, slugify } from '../../src/lib/slug.ts';
import { anneeAffichee, dateFrancaise, libelle, listeFrancaise } from '../../src/lib/format.ts';
import { chemin } from '../../src/lib/url.ts';
import { deLaThematique, parTitre, plusRecentes } from '../../src/lib/catalogue.ts';
import { etatDepuisUrl, etatVersUrl, etatVide, filtresPagefind } from '../../src/lib/etat-recherche.ts';
import { FACETTES, libelleValeur, optionsFacettes, valeursFacettes } from '../../src/lib/facettes.ts';
import { fiche } from '../../src/schema/fiche.ts';
import { frontmatterValide } from '../support/fiche-type.ts';
import { blocFrontmatter, corpsDe, lireDonnees } from '../../src/lib/frontmatter.ts';

describe('slugify et ancres', () => {
  it('donne des ancres ASCII lisibles', () => {
    expect(slugify('État d’avancée')).toBe('etat-d-avancee');
    expect(slugify("Descriptif de l'action")).toBe('descriptif-de-l-action');
    expect(slugify('Mise en œuvre')).toBe('mise-en-oeuvre');
    expect(slugify('  Évaluation !  ')).toBe('evaluation');
  });
  it('rend uniques les titres répétés', () => {
    const ancre = createAnchorer();
    expect([ancre('Effets'), ancre('Effets'), ancre('Effets'), ancre('?')]).toEqual(['effets', 'effets-2', 'effets-3', 'section']);
  });
});

describe('en-tête et corps d’une fiche', () => {
  it('lit l’en-tête en YAML strict et garde le corps comme Astro le gardait', () => {
    const texte = '---\ntitre: Une fiche\nmiseAJour: 2026-02-30\n---\n\n## Définition\n\nTexte.\n';
    // A date stays the text written: the schema refuses the 30th of February instead of rolling it over.
    expect(lireDonnees(blocFrontmatter(texte))).toEqual({ titre: 'Une fiche', miseAJour: '2026-02-30' });
    expect(corpsDe(texte)).toBe('## Définition\n\nTexte.');
    expect(corpsDe('\n## Sans en-tête\n')).toBe('## Sans en-tête');
  });
});

describe('mise en forme', () => {
  it('écrit listes, dates et années à la française', () => {
    expect(listeFrancaise(['a', 'b', 'c'])).toBe('a, b et c');
    expect(dateFrancaise('2026-11-21')).toBe('21 novembre 2026');
    expect(anneeAffichee({ annee: 2016, anneeTexte: 'Depuis 2016' })).toBe('Depuis 2016');
    expect(anneeAffichee({ annee: 2016, anneeTexte: undefined })).toBe('2016');
    expect(anneeAffichee({ annee: null, anneeTexte: undefined })).toBe('Non renseignée');
    expect(libelle({ a: 'A' }, 'b')).toBe('b');
  });
  it('préfixe les chemins par la base de déploiement', () => {
    expect(chemin('/', 'pratiques/x/')).toBe('/pratiques/x/');
    expect(chemin('/pratiques-emergentes', '/pratiques/x/')).toBe('/pratiques-emergentes/pratiques/x/');
    expect(chemin('/pe/')).toBe('/pe/');
  });
});

describe('listes de fiches', () => {
  const f = (id: string, titre: string, miseAJour: string, thematique = 'aller-vers', thematiquesAssociees: string[] = []) =>
    ({ id, data: { titre, miseAJour, annee: 2020, thematique, thematiquesAssociees } }) as never;
  const liste = [
    f('b', 'Étoile', '2026-01-01'),
    f('a', 'Arbre', '2026-03-01', 'pair-aidance', ['aller-vers']),
    f('c', 'Zèbre', '2026-03-01'),
  ];
  it('trie par titre à la française et par relecture', () => {
    expect(parTitre(liste).map((x: { id: string }) => x.id)).toEqual(['a', 'b', 'c']);
    expect(plusRecentes(liste).map((x: { id: string }) => x.id)).toEqual(['a', 'c', 'b']);
  });
  it('sépare fiches principales et associées d’une thématique', () => {
    const { principales, associees } = deLaThematique(liste, 'aller-vers');
    expect(principales.map((x: { id: string }) => x.id)).toEqual(['b', 'c']);
    expect(associees.map((x: { id: string }) => x.id)).toEqual(['a']);
  });
});

describe('état de la recherche dans l’URL', () => {
  // The facets of the search page, in their order.
  const facettes = FACETTES.map((f) => f.cle);
  const sansFiltre = Object.fromEntries(facettes.map((cle) => [cle, []]));
  it('fait l’aller-retour URL → état → URL', () => {
    const url =
      '/recherche/?q=maraude+de+nuit&thematique=aller-vers&thematique=pair-aidance&pays=France&annee-min=2012&annee-max=2020&tri=annee-desc';
    const e = etatDepuisUrl(url.split('?')[1]!, facettes);
    expect(e).toEqual({
      q: 'maraude de nuit',
      tri: 'annee-desc',
      filtres: { ...sansFiltre, thematique: ['aller-vers', 'pair-aidance'], pays: ['France'] },
      anneeMin: '2012',
      anneeMax: '2020',
    });
    expect(etatVersUrl('/recherche/', e)).toBe(url);
    expect(etatVersUrl('/recherche/', etatVide())).toBe('/recherche/');
  });
  it('ignore une année mal formée', () => {
    expect(etatDepuisUrl('annee-min=20x&annee-max=2020', facettes)).toMatchObject({ anneeMin: '', anneeMax: '2020' });
  });
  it('traduit en filtres Pagefind : OU dans une facette, ET entre facettes', () => {
    const e = { ...etatVide(), q: 'x', filtres: { thematique: ['a', 'b'], pays: ['France'], etat: [] } };
    expect(filtresPagefind(e)).toEqual({ thematique: { any: ['a', 'b'] }, pays: { any: ['France'] } });
    expect(filtresPagefind(e, [], 'thematique')).toEqual({ pays: { any: ['France'] } });
    expect(filtresPagefind(etatVide())).toEqual({ type: 'fiche' });
  });
  it('traduit une plage d’années en années indexées, bornes comprises', () => {
    const annees = ['2007', '2012', '2014', '2016', '2020'];
    expect(filtresPagefind({ ...etatVide(), anneeMin: '2012', anneeMax: '2016' }, annees).annee).toEqual({ any: ['2012', '2014', '2016'] });
    expect(filtresPagefind({ ...etatVide(), anneeMin: '2015' }, annees).annee).toEqual({ any: ['2016', '2020'] });
    expect(filtresPagefind({ ...etatVide(), anneeMax: '2000' }, annees).annee).toEqual({ any: ['aucune'] });
  });
});

describe('valeurs de facettes d’une fiche', () => {
  it('range une fiche sous sa thématique et ses thématiques associées', () => {
    const v = valeursFacettes(fiche.parse(frontmatterValide()));
    expect(v.thematique).toEqual(['conferences-familiales', 'pouvoir-d-agir']);
    expect(v.pays).toEqual(['France']);
    expect(v.echelle).toEqual(['departement']);
  });
  it('range sous « non signalée » une fiche qui ne dit rien de la participation, et sous son niveau de preuve', () => {
    const v = valeursFacettes(fiche.parse({ ...frontmatterValide(), participation: [], evaluation: ['externe'] }));
    expect(v.participation).toEqual(['non-signalee']);
    expect(libelleValeur('participation', 'non-signalee')).toBe('Non signalée dans la source');
    expect(v.preuve).toEqual(['evaluee']);
    expect(libelleValeur('preuve', 'evaluee')).toBe('Évaluée');
    expect(valeursFacettes(fiche.parse({ ...frontmatterValide(), participation: ['gouvernance'] })).participation).toEqual(['gouvernance']);
    const [options] = optionsFacettes([
      fiche.parse({ ...frontmatterValide(), participation: [] }),
      fiche.parse({ ...frontmatterValide(), participation: ['conception'] }),
    ])
      .filter((f) => f.cle === 'participation')
      .map((f) => f.options.map((o) => o.valeur));
    expect(options).toEqual(['conception', 'non-signalee']);
  });
});

describe('repérage des sigles', async () => {
  const { creerReperage, indexAlphabetique } = await import('../../src/lib/sigles.ts');
  const decouper = creerReperage([
    { sigle: 'DPA-PC', variantes: ['DPA'], developpe: 'Développement du pouvoir d’agir' },
    { sigle: 'CAF', variantes: ['Caf'], developpe: 'Caisse d’allocations familiales' },
    { sigle: 'ASE', variantes: [], developpe: 'Aide sociale à l’enfance' },
  ]);
  it('marque la première occurrence de chaque sigle, sous toutes ses formes', () => {
    const vus = new Set<string>();
    expect(decouper('La Caf et l’ASE, puis la CAF et le DPA-PC.', vus)).toEqual([
      'La ',
      { sigle: 'Caf', titre: 'Caisse d’allocations familiales', ancre: 'caf' },
      ' et l’',
      { sigle: 'ASE', titre: 'Aide sociale à l’enfance', ancre: 'ase' },
      ', puis la CAF et le ',
      { sigle: 'DPA-PC', titre: 'Développement du pouvoir d’agir', ancre: 'dpa-pc' },
      '.',
    ]);
    expect(decouper('Encore la DPA et l’ASE.', vus)).toEqual(['Encore la DPA et l’ASE.']);
  });
  it('ne voit pas un sigle dans un mot ni en minuscules', () => {
    expect(decouper('BASE, case, ASEPTIQUE, ase', new Set())).toEqual(['BASE, case, ASEPTIQUE, ase']);
  });
  it('mène une variante à l’entrée de son sigle dans le glossaire', () => {
    expect(decouper('Le DPA.', new Set())).toEqual([
      'Le ',
      { sigle: 'DPA', titre: 'Développement du pouvoir d’agir', ancre: 'dpa-pc' },
      '.',
    ]);
  });
  it('indexe de A à Z vers le premier sigle de chaque lettre, accents repliés, le reste à la fin', () => {
    const index = indexAlphabetique(['A.P.P', 'ASE', 'Énergie', 'Œuvre', '3F']);
    expect(index.slice(0, 5)).toEqual([
      { lettre: 'A', ancre: 'a-p-p' },
      { lettre: 'B' },
      { lettre: 'C' },
      { lettre: 'D' },
      { lettre: 'E', ancre: 'energie' },
    ]);
    expect(index.find((l) => l.lettre === 'O')).toEqual({ lettre: 'O', ancre: 'oeuvre' });
    expect(index.map((l) => l.lettre)).toEqual([...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '3']);
    expect(index.at(-1)).toEqual({ lettre: '3', ancre: '3f' });
  });
});

describe('régions et départements', async () => {
  const { regionsAvecFiches } = await import('../../src/lib/territoires.ts');
  it('range les départements qui ont des fiches sous leur région, et compte une fois une fiche de deux départements', () => {
    const regions = regionsAvecFiches([
      { id: 'a', departements: ['33', '24'] },
      { id: 'b', departements: ['33'] },
      { id: 'c', departements: ['07', 'XX'] },
      { id: 'd', departements: [] },
    ]);
    expect(regions.map((r) => [r.nom, r.n, r.departements.map((d) => [d.code, d.n])])).toEqual([
      ['Auvergne-Rhône-Alpes', 1, [['07', 1]]],
      [
        'Nouvelle-Aquitaine',
        2,
        [
          ['24', 1],
          ['33', 2],
        ],
      ],
    ]);
  });
});

describe('le glossaire dans la recherche', () => {
  const sigles = [
    { sigle: 'ASE', variantes: ['A.S.E.'], developpe: 'Aide sociale à l’enfance' },
    { sigle: 'DPA', variantes: [], developpe: 'Développement du pouvoir d’agir' },
  ];
  it('reconnaît un sigle, une de ses formes ou sa forme développée, casse, accents et apostrophes mis à part', () => {
    expect(entreePour('ase', sigles)?.sigle).toBe('ASE');
    expect(entreePour(' A.S.E. ', sigles)?.sigle).toBe('ASE');
    expect(entreePour('developpement du pouvoir d agir', sigles)?.sigle).toBe('DPA');
    expect(entreePour("développement du pouvoir d'agir", sigles)?.sigle).toBe('DPA');
  });
  it('ne reconnaît pas une requête qui ne fait que contenir un sigle', () => {
    expect(entreePour('ASE Gironde', sigles)).toBeUndefined();
    expect(entreePour('', sigles)).toBeUndefined();
  });
});
