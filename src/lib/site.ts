// Where the catalogue lives: the one place to change when the repository moves.
export const SITE = {
  nom: 'Pratiques émergentes',
  description: 'Le catalogue des pratiques émergentes du travail social dans le monde francophone : conférences familiales, aller-vers, pair-aidance, pouvoir d’agir…',
  depot: process.env.DEPOT_URL ?? 'https://github.com/pratiques-emergentes/pratiques-emergentes',
  branche: 'main',
  licence: { nom: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/deed.fr' },
} as const;

/** The repository's web editor for a file of the repository (`content/pratiques/x.mdx`). */
export const lienModifier = (fichier: string) => `${SITE.depot}/edit/${SITE.branche}/${fichier}`;

/** The list of commits that changed a file. */
export const lienHistorique = (fichier: string) => `${SITE.depot}/commits/${SITE.branche}/${fichier}`;
