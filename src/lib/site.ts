// What the catalogue says about itself; the repository's address comes from the environment (env-fs.ts).
export const SITE = {
  nom: 'Pratiques émergentes',
  description:
    'Le catalogue des pratiques émergentes du travail social dans le monde francophone : conférences familiales, aller-vers, pair-aidance, pouvoir d’agir…',
  branche: 'main',
  licence: { nom: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/deed.fr' },
} as const;

/** The repository's web editor for a file of the repository (`content/pratiques/x.mdx`). */
export const lienModifier = (depot: string, fichier: string) => `${depot}/edit/${SITE.branche}/${fichier}`;

/** How the repository's forge is named to readers. */
export const nomDepot = (depot: string) => (new URL(depot).hostname === 'github.com' ? 'GitHub' : 'le dépôt du catalogue');

/** The list of commits that changed a file. */
export const lienHistorique = (depot: string, fichier: string) => `${depot}/commits/${SITE.branche}/${fichier}`;
