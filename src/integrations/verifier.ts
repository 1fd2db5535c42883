// Astro integration with one job: refuse to build a catalogue that breaks the contract.
// Astro 7 only logs a dangling reference(); this check makes it (and every other problem) fatal.
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import { nombre } from '../lib/format.ts';
import { bilan, formater } from '../lib/verifier-fs.ts';
import { verifierAPart, type FicheTransmise } from '../lib/verifier-parallele-fs.ts';

export const CONSEIL = 'Corrigez ces points puis relancez la construction ; `npm run verifier` donne la même liste.';

/** `lues` receives the sheets read, once they all pass: other integrations work from them without reading them again. */
export default function verifier(contenu: string, lues: (fiches: readonly FicheTransmise[]) => void = () => {}): AstroIntegration {
  return {
    name: 'pratiques-emergentes:verifier',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        const racine = fileURLToPath(new URL(contenu, config.root));
        const { problemes, fiches } = await verifierAPart(racine, fileURLToPath(config.root));
        if (!problemes.length) {
          lues(fiches);
          return logger.info(`${nombre(fiches.length, 'fiche conforme', 'fiches conformes')}`);
        }
        const texte = problemes.map(formater).join('\n');
        if (command !== 'build') return logger.warn(`\n${texte}`);
        const erreur = new AstroError(`${bilan(problemes)} du contenu : la construction est arrêtée.\n${texte}`, CONSEIL);
        // Without a stack, Astro prints only the message and the hint: the trace would point here, not at the sheets.
        erreur.stack = '';
        throw erreur;
      },
    },
  };
}
