import { describe, expect, it } from 'vitest';
import { fiche } from '../../src/schema/fiche.ts';
import { verifierFrontmatter } from '../../src/lib/controles.ts';
import { ficheTexte, frontmatterValide } from '../support/fiche-type.ts';

type Donnees = ReturnType<typeof frontmatterValide>;
const avec = (modifier: (d: Record<string, any>) => void): Donnees => {
  const d = frontmatterValide();
  modifier(d);
  return d;
};
const problemes = (d: object) => verifierFrontmatter('fiche.mdx', ficheTexte(d), fiche).problemes;

describe('le schéma de fiche', () => {
  it('accepte la fiche type', () => {
    expect(problemes(frontmatterValide())).toEqual([]);
  });

  // [champ attendu dans le message, bonne valeur, mauvaise valeur]
  const regles: [string, (d: Record<string, any>, bon: boolean) => void][] = [
    ['titre', (d, bon) => (d.titre = bon ? 'Titre correct' : 'abc')],
    ['titre', (d, bon) => (d.titre = bon ? 'x'.repeat(120) : 'x'.repeat(121))],
    ['resume', (d, bon) => (d.resume = bon ? 'r'.repeat(40) : 'r'.repeat(39))],
    ['resume', (d, bon) => (d.resume = bon ? 'r'.repeat(320) : 'r'.repeat(321))],
    ['thematique', (d, bon) => (d.thematique = bon ? 'aller-vers' : 'aller_vers')],
    ['thematiquesAssociees', (d, bon) => (d.thematiquesAssociees = bon ? ['aller-vers'] : ['conferences-familiales'])],
    ['thematiquesAssociees[0]', (d, bon) => (d.thematiquesAssociees = bon ? ['pair-aidance'] : ['pairaidance'])],
    ['nature', (d, bon) => (d.nature = bon ? 'programme' : 'projet')],
    ['territoire.libelle', (d, bon) => (d.territoire.libelle = bon ? 'Gers' : '')],
    ['territoire.pays', (d, bon) => (d.territoire.pays = bon ? ['France', 'Suisse'] : [])],
    ['territoire.pays[0]', (d, bon) => Object.assign(d.territoire, { pays: bon ? ['Belgique'] : ['Frnace'], departements: [] })],
    ['territoire.departements[0]', (d, bon) => (d.territoire.departements = bon ? ['2A'] : ['20'])],
    ['territoire.departements[0]', (d, bon) => (d.territoire.departements = bon ? ['974'] : [7])],
    ['territoire.departements', (d, bon) => Object.assign(d.territoire, bon ? { pays: ['Suisse'], departements: [] } : { pays: ['Suisse'], departements: ['07'] })],
    ['territoire.echelle', (d, bon) => (d.territoire.echelle = bon ? 'canton' : 'cantonal')],
    ['annee', (d, bon) => (d.annee = bon ? null : 1949)],
    ['annee', (d, bon) => (d.annee = bon ? new Date().getFullYear() : new Date().getFullYear() + 1)],
    ['annee', (d, bon) => (d.annee = bon ? 1950 : 2014.5)],
    ['anneeTexte', (d, bon) => (d.anneeTexte = bon ? '2020-2021' : '')],
    ['porteurs', (d, bon) => (d.porteurs = bon ? ['Caf'] : [])],
    ['typesActeurs[0]', (d, bon) => (d.typesActeurs = bon ? ['caf'] : ['CAF'])],
    ['typesActeurs', (d, bon) => (d.typesActeurs = bon ? ['caf', 'ccas'] : ['caf', 'caf'])],
    ['partenaires[0]', (d, bon) => (d.partenaires = bon ? ['Association X'] : [''])],
    ['publics', (d, bon) => (d.publics = bon ? ['jeunes'] : [])],
    ['publics[0]', (d, bon) => (d.publics = bon ? ['non-demande'] : ['jeune'])],
    ['etat', (d, bon) => (d.etat = bon ? 'perennisee' : 'pérennisée')],
    ['evaluation', (d, bon) => (d.evaluation = bon ? ['interne', 'externe'] : ['aucune', 'interne'])],
    ['evaluation', (d, bon) => (d.evaluation = bon ? ['non-renseignee'] : [])],
    ['participation[0]', (d, bon) => (d.participation = bon ? ['co-formation'] : ['coformation'])],
    ['motsCles[0]', (d, bon) => (d.motsCles = bon ? ['maraude'] : [''])],
    ['sources', (d, bon) => (d.sources = bon ? [{ titre: 'T', auteur: 'A' }] : [])],
    ['sources[0].auteur', (d, bon) => (d.sources = bon ? [{ titre: 'T', auteur: 'A' }] : [{ titre: 'T' }])],
    ['sources[0].url', (d, bon) => (d.sources = [{ titre: 'T', auteur: 'A', url: bon ? 'https://hcts.fr/' : 'hcts.fr' }])],
    ['sources[0]', (d, bon) => (d.sources = [bon ? { titre: 'T', auteur: 'A' } : { titre: 'T', auteur: 'A', page: 3 }])],
    ['liens[0].url', (d, bon) => (d.liens = [{ titre: 'Site', url: bon ? 'https://a.fr/' : 'javascript:alert(1)' }])],
    ['fichesLiees[0]', (d, bon) => (d.fichesLiees = bon ? ['autre-fiche'] : ['Autre Fiche'])],
    ['miseAJour', (d, bon) => (d.miseAJour = bon ? '2024-02-29' : '2023-02-29')],
    ['miseAJour', (d, bon) => (d.miseAJour = bon ? '2026-01-05' : '05/01/2026')],
    ['anciensSlugs[0]', (d, bon) => (d.anciensSlugs = bon ? ['ancien-nom'] : ['ancien nom'])],
    ['', (d, bon) => { if (!bon) d.thematiqe = 'aller-vers'; }],
  ];

  it.each(regles.map(([champ, regle], i) => [i, champ, regle] as const))('règle %i (%s) : accepte la bonne valeur, rejette la mauvaise en nommant le champ', (_, champ, regle) => {
    expect(problemes(avec((d) => regle(d, true)))).toEqual([]);
    const trouves = problemes(avec((d) => regle(d, false)));
    expect(trouves.length).toBeGreaterThan(0);
    if (champ) expect(trouves.map((p) => p.champ)).toContain(champ);
    else expect(trouves[0]!.message).toMatch(/clé « thematiqe » inconnue : vouliez-vous dire « thematique » \?/);
  });

  it('signale chaque champ obligatoire manquant, tous à la fois', () => {
    const d: Record<string, unknown> = frontmatterValide();
    for (const k of ['titre', 'resume', 'thematique', 'nature', 'territoire', 'annee', 'porteurs', 'typesActeurs', 'publics', 'etat', 'evaluation', 'sources', 'miseAJour']) delete d[k];
    const champs = problemes(d).map((p) => p.champ);
    expect(champs).toEqual(expect.arrayContaining(['titre', 'resume', 'thematique', 'nature', 'territoire', 'annee', 'porteurs', 'typesActeurs', 'publics', 'etat', 'evaluation', 'sources', 'miseAJour']));
  });

  it('applique les valeurs par défaut du contrat', () => {
    const d: Record<string, unknown> = frontmatterValide();
    for (const k of ['thematiquesAssociees', 'partenaires', 'participation', 'motsCles', 'liens', 'fichesLiees', 'anciensSlugs']) delete d[k];
    (d.territoire as Record<string, unknown>).departements = undefined;
    const r = fiche.parse(JSON.parse(JSON.stringify(d)));
    expect(r).toMatchObject({ thematiquesAssociees: [], partenaires: [], participation: [], motsCles: [], liens: [], fichesLiees: [], anciensSlugs: [] });
    expect(r.territoire.departements).toEqual([]);
  });
});
