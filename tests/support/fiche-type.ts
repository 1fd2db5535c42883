// A valid sheet to derive test cases from: the frontmatter as data, and the whole file as text.
import { stringify } from 'yaml';

export const frontmatterValide = () => ({
  titre: 'Conférences familiales en Exemple',
  resume: 'Une famille et ses proches se réunissent pour construire eux-mêmes un plan qui protège l’enfant.',
  facileALire: [
    'Une famille a un problème avec son enfant.',
    'Elle invite ses proches à une réunion.',
    'Ensemble, ils cherchent des solutions.',
    'Ils écrivent un plan pour protéger l’enfant.',
  ],
  thematique: 'conferences-familiales',
  thematiquesAssociees: ['pouvoir-d-agir'],
  nature: 'retour-d-experience',
  territoire: { libelle: 'Département de l’Exemple', pays: ['France'], departements: ['07'], echelle: 'departement' },
  annee: 2014,
  anneeTexte: 'Depuis 2014',
  porteurs: ['Conseil départemental'],
  typesActeurs: ['conseil-departemental'],
  partenaires: [],
  publics: ['familles'],
  etat: 'extension',
  evaluation: ['interne'],
  participation: [],
  motsCles: ['family group conference'],
  sources: [{ titre: 'Pratiques professionnelles émergentes', auteur: 'HCTS', annee: 2021, reference: 'fiche n°1A' }],
  liens: [{ titre: 'Site du département', url: 'https://www.exemple.fr/' }],
  fichesLiees: [],
  miseAJour: '2026-11-21',
  anciensSlugs: [],
});

export const CORPS_VALIDE = `
## Descriptif de l’action

Texte.

## Genèse et émergence

Texte.

## État d’avancée

Texte.

## Bilan et effets

Texte.

## Évaluation

Non renseigné dans la source.
`;

export const ficheTexte = (fm: object = frontmatterValide(), corps = CORPS_VALIDE) => `---\n${stringify(fm)}---\n${corps}`;
