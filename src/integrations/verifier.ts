// Astro integration with one job: refuse to build a catalogue that breaks the contract.
// Astro 7 only logs a dangling reference(); this check makes it (and every other problem) fatal.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formater, verifierCatalogue } from '../lib/verifier-fs.ts';

export default function verifier(contenu = 'content'): AstroIntegration {
  return {
    name: 'pratiques-emergentes:verifier',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        const racine = fileURLToPath(new URL(contenu, config.root));
        const { problemes, fiches } = verifierCatalogue(racine, fileURLToPath(config.root));
        if (!problemes.length) return logger.info(`${fiches.length} fiches conformes`);
        const texte = problemes.map(formater).join('\n');
        if (command !== 'build') return logger.warn(`\n${texte}`);
        throw new Error(`${problemes.length} problème(s) dans le contenu, la construction est arrêtée :\n${texte}`);
      },
    },
  };
}
