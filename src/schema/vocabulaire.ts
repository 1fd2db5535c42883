// Controlled vocabularies of the fiche contract: each value with its French label.
// The zod enums in ./fiche.ts are derived from these keys, so a value exists in one place only.

export const THEMATIQUES = {
  'conferences-familiales': 'Conférences familiales',
  'aller-vers': 'Aller-vers',
  'pair-aidance': 'Pair-aidance',
  'cooperation-pluriprofessionnelle': 'Coopération pluriprofessionnelle',
  'pouvoir-d-agir': 'Développement du pouvoir d’agir',
  'insertion-sociale-active': 'Insertion sociale active',
  'accompagnement-social-palliatif': 'Accompagnement social palliatif',
} as const;

export const NATURES = {
  'retour-d-experience': 'Retour d’expérience',
  programme: 'Programme',
  approche: 'Approche',
  formation: 'Formation',
} as const;

export const PAYS = {
  France: 'France',
  Belgique: 'Belgique',
  Suisse: 'Suisse',
} as const;

export const ECHELLES = {
  etablissement: 'Établissement',
  commune: 'Commune',
  intercommunalite: 'Intercommunalité',
  departement: 'Département',
  'multi-departements': 'Plusieurs départements',
  region: 'Région',
  canton: 'Canton',
  national: 'National',
  'multi-sites': 'Plusieurs sites',
  transnational: 'Transnational',
} as const;

export const TYPES_ACTEURS = {
  'conseil-departemental': 'Conseil départemental',
  caf: 'Caisse d’allocations familiales',
  'commune-intercommunalite': 'Commune ou intercommunalité',
  ccas: 'CCAS',
  gip: 'Groupement d’intérêt public',
  association: 'Association',
  'federation-reseau': 'Fédération ou réseau',
  'organisme-formation': 'Organisme de formation',
  'education-nationale': 'Éducation nationale',
  'etablissement-sante': 'Établissement de santé',
  'services-etat': 'Services de l’État',
  ars: 'Agence régionale de santé',
  fondation: 'Fondation',
  entreprise: 'Entreprise',
  'universite-recherche': 'Université ou recherche',
  'professionnel-individuel': 'Professionnel (initiative individuelle)',
  'personnes-concernees': 'Personnes concernées',
} as const;

export const PUBLICS = {
  'tout-public': 'Tout public',
  'protection-enfance': 'Protection de l’enfance',
  familles: 'Familles',
  jeunes: 'Jeunes',
  eleves: 'Élèves',
  'personnes-precaires': 'Personnes en situation de précarité',
  'personnes-sans-abri': 'Personnes sans abri',
  'personnes-agees': 'Personnes âgées',
  'personnes-handicapees': 'Personnes en situation de handicap',
  'femmes-victimes-violences': 'Femmes victimes de violences',
  'personnes-eloignees-emploi': 'Personnes éloignées de l’emploi',
  salaries: 'Salariés',
  addictions: 'Addictions',
  'sante-mentale': 'Santé mentale',
  'acces-aux-droits': 'Accès aux droits',
  'situations-complexes': 'Situations complexes',
  'beneficiaires-aide-sociale': 'Bénéficiaires de l’aide sociale',
  'non-demande': 'Non-demande',
  professionnels: 'Professionnels',
} as const;

export const ETATS = {
  emergence: 'Émergence',
  experimentation: 'Expérimentation',
  extension: 'Extension',
  perennisee: 'Pérennisée',
  arretee: 'Arrêtée',
  'non-renseigne': 'Non renseigné',
} as const;

export const EVALUATIONS = {
  'non-renseignee': 'Non renseignée',
  aucune: 'Aucune',
  prevue: 'Prévue',
  interne: 'Interne',
  externe: 'Externe',
  recherche: 'Recherche',
  'co-construite': 'Co-construite avec les personnes',
  'indicateurs-activite': 'Indicateurs d’activité',
} as const;

export const PARTICIPATIONS = {
  conception: 'Conception',
  'mise-en-oeuvre': 'Mise en œuvre',
  gouvernance: 'Gouvernance',
  evaluation: 'Évaluation',
  'co-formation': 'Co-formation',
} as const;

/** How much is known about a practice, from least to most: derived from its evaluation and state (../lib/preuve.ts). */
export const NIVEAUX_PREUVE = {
  decrite: 'Décrite',
  documentee: 'Documentée',
  evaluee: 'Évaluée',
  'evaluee-recherche': 'Évaluée par la recherche',
} as const;

type RegleNiveau = { niveau: keyof typeof NIVEAUX_PREUVE; raison: string };

/** The level each kind of evaluation gives, and why; a sheet takes the highest of its evaluations. */
export const PREUVE_PAR_EVALUATION = {
  'non-renseignee': {
    niveau: 'decrite',
    raison: 'la source ne dit rien d’une évaluation : la pratique n’est connue que par sa description',
  },
  aucune: { niveau: 'decrite', raison: 'la source dit qu’aucune évaluation n’a été menée' },
  prevue: { niveau: 'decrite', raison: 'une évaluation annoncée n’a encore rien établi' },
  'indicateurs-activite': {
    niveau: 'documentee',
    raison: 'des chiffres d’activité disent ce qui est fait, pas ce que cela change pour les personnes',
  },
  interne: { niveau: 'documentee', raison: 'le bilan que les porteurs tirent eux-mêmes documente la pratique, sans regard extérieur' },
  externe: { niveau: 'evaluee', raison: 'un évaluateur extérieur aux porteurs en a examiné les effets' },
  'co-construite': {
    niveau: 'evaluee',
    raison: 'les personnes concernées ont évalué ses effets avec les porteurs : un regard qui n’est plus celui des seuls porteurs',
  },
  recherche: { niveau: 'evaluee-recherche', raison: 'des chercheurs l’ont étudiée, avec une méthode qu’ils rendent publique' },
} as const satisfies Record<keyof typeof EVALUATIONS, RegleNiveau>;

/** The highest level a state of progress allows, and why. */
export const PLAFONDS_PREUVE: Readonly<Partial<Record<keyof typeof ETATS, RegleNiveau>>> = {
  emergence: {
    niveau: 'documentee',
    raison: 'une pratique en émergence change encore : une évaluation porte sur ses débuts, pas sur la pratique installée',
  },
};

/** The H2 sections of a sheet body, in order; `requise` ones must be present; `aide` says what goes in. */
export const SECTIONS = [
  { titre: 'Définition', requise: false, aide: 'définissez la pratique en quelques phrases' },
  {
    titre: 'Descriptif de l’action',
    requise: true,
    aide: 'ce que font concrètement les professionnels et les personnes, avec qui, comment (### Objectif visé si la source le dit)',
  },
  {
    titre: 'Genèse et émergence',
    requise: true,
    aide: 'd’où vient la pratique, qui l’a lancée, pourquoi, quand (### Financements si connus)',
  },
  { titre: 'État d’avancée', requise: true, aide: 'où en est la pratique : dates, déploiement, chiffres, perspectives' },
  { titre: 'Bilan et effets', requise: true, aide: 'ce que la pratique change pour les personnes, les professionnels, les institutions' },
  { titre: 'Évaluation', requise: true, aide: 'qui évalue, comment, avec quels résultats' },
  { titre: 'Pour aller plus loin', requise: false, aide: 'fiches liées, références' },
] as const;

/** What an empty required section says. */
export const NON_RENSEIGNE = 'Non renseigné dans la source.';

export type Vocabulaire = Readonly<Record<string, string>>;
