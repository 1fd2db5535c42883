import { describe, expect, it } from 'vitest';
import { fiche } from '../../src/schema/fiche.ts';
import { verifierFrontmatter } from '../../src/lib/controles.ts';
import { ficheTexte, frontmatterValide } from '../support/fiche-type.ts';
import { BORNES, OBLIGATOIRES, PAR_DEFAUT } from '../support/contrat.ts';

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
    ['titre', (d, bon) => (d.titre = 't'.repeat(bon ? BORNES.titre.min : BORNES.titre.min - 1))],
    ['titre', (d, bon) => (d.titre = 'x'.repeat(bon ? BORNES.titre.max : BORNES.titre.max + 1))],
    ['resume', (d, bon) => (d.resume = 'r'.repeat(bon ? BORNES.resume.min : BORNES.resume.min - 1))],
    ['resume', (d, bon) => (d.resume = 'r'.repeat(bon ? BORNES.resume.max : BORNES.resume.max + 1))],
    ['thematique', (d, bon) => (d.thematique = bon ? 'aller-vers' : 'aller_vers')],
    ['thematiquesAssociees', (d, bon) => (d.thematiquesAssociees = bon ? ['aller-vers'] : ['conferences-familiales'])],
    ['thematiquesAssociees[0]', (d, bon) => (d.thematiquesAssociees = bon ? ['pair-aidance'] : ['pairaidance'])],
    ['nature', (d, bon) => (d.nature = bon ? 'programme' : 'projet')],
    ['territoire.libelle', (d, bon) => (d.territoire.libelle = bon ? 'Gers' : '')],
    ['territoire.pays', (d, bon) => (d.territoire.pays = bon ? ['France', 'Suisse'] : [])],
    ['territoire.pays[0]', (d, bon) => Object.assign(d.territoire, { pays: bon ? ['Belgique'] : ['Frnace'], departements: [] })],
    ['territoire.departements[0]', (d, bon) => (d.territoire.departements = bon ? ['2A'] : ['20'])],
    ['territoire.departements[0]', (d, bon) => (d.territoire.departements = bon ? ['974'] : [7])],
    [
      'territoire.departements',
      (d, bon) => Object.assign(d.territoire, bon ? { pays: ['Suisse'], departements: [] } : { pays: ['Suisse'], departements: ['07'] }),
    ],
    ['territoire.echelle', (d, bon) => (d.territoire.echelle = bon ? 'canton' : 'cantonal')],
    ['annee', (d, bon) => (d.annee = bon ? null : BORNES.anneeMin - 1)],
    ['annee', (d, bon) => (d.annee = bon ? new Date().getFullYear() : new Date().getFullYear() + 1)],
    ['annee', (d, bon) => (d.annee = bon ? BORNES.anneeMin : BORNES.anneeMin + 0.5)],
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
    [
      '',
      (d, bon) => {
        if (!bon) d.thematiqe = 'aller-vers';
      },
    ],
  ];

  it('a des bornes qui laissent place à des valeurs', () => {
    expect(BORNES.titre.min).toBeGreaterThan(1);
    expect(BORNES.titre.max).toBeGreaterThan(BORNES.titre.min);
    expect(BORNES.resume.max).toBeGreaterThan(BORNES.resume.min);
    expect(BORNES.anneeMin).toBeLessThan(new Date().getFullYear());
  });

  it.each(regles.map(([champ, regle], i) => [i, champ, regle] as const))(
    'règle %i (%s) : accepte la bonne valeur, rejette la mauvaise en nommant le champ',
    (_, champ, regle) => {
      expect(problemes(avec((d) => regle(d, true)))).toEqual([]);
      const trouves = problemes(avec((d) => regle(d, false)));
      expect(trouves.length).toBeGreaterThan(0);
      if (champ) expect(trouves.map((p) => p.champ)).toContain(champ);
      else expect(trouves[0]!.message).toMatch(/clé « thematiqe » inconnue : vouliez-vous dire « thematique » \?/);
    },
  );

  it('signale chaque champ obligatoire manquant, tous à la fois', () => {
    expect(OBLIGATOIRES.length).toBeGreaterThan(0);
    const d: Record<string, unknown> = frontmatterValide();
    for (const k of OBLIGATOIRES) delete d[k];
    const champs = problemes(d).map((p) => p.champ);
    expect(champs).toEqual(expect.arrayContaining(OBLIGATOIRES));
  });

  it('applique les valeurs par défaut du contrat : une liste vide pour chaque liste facultative', () => {
    const facultatives = Object.keys(PAR_DEFAUT);
    expect(facultatives.length).toBeGreaterThan(0);
    expect(PAR_DEFAUT).toEqual(Object.fromEntries(facultatives.map((k) => [k, []])));
    const d: Record<string, unknown> = frontmatterValide();
    for (const k of facultatives) delete d[k];
    (d.territoire as Record<string, unknown>).departements = undefined;
    const r = fiche.parse(JSON.parse(JSON.stringify(d)));
    expect(r).toMatchObject(PAR_DEFAUT);
    expect(r.territoire.departements).toEqual([]);
  });
});
