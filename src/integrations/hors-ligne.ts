// Astro integration with one job: write dist/sw.js, the service worker that keeps the catalogue
// readable without network, once the build and its Pagefind index are complete: it lists the files to
// keep at install (src/lib/hors-ligne.ts) and their version, a hash of their contents.
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  aPrecharger,
  adresseDe,
  empreinte,
  fichierDe,
  scriptServiceWorker,
  version,
  type ConfigHorsLigne,
  type EntreePagefind,
  type Fichier,
} from '../lib/hors-ligne.ts';

/** Every file of a folder, as paths relative to it with `/`, and their sizes. */
export function fichiersDe(dossier: string): Fichier[] {
  return readdirSync(dossier, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const chemin = join(e.parentPath, e.name);
      return { chemin: relative(dossier, chemin).split(sep).join('/'), octets: statSync(chemin).size };
    });
}

/** The worker's code, bundled by Vite from src/components/hors-ligne/service-worker.ts. */
const CODE = /^_astro\/service-worker-[\w-]+\.js$/;

/** What the build's sw.js says, computed from the build folder: the files to keep, their version, the code to load. */
export async function configurationDe(dossier: string): Promise<ConfigHorsLigne> {
  const fichiers = fichiersDe(dossier);
  const codes = fichiers.filter((f) => CODE.test(f.chemin)).map((f) => f.chemin);
  if (codes.length !== 1) throw new Error(`Un seul code de service worker attendu dans _astro/, trouvé : ${codes.join(', ') || 'aucun'}`);
  const code = codes[0]!;
  const pagefind = JSON.parse(readFileSync(join(dossier, 'pagefind', 'pagefind-entry.json'), 'utf8')) as EntreePagefind;
  const liste = aPrecharger(fichiers, { pagefind, exclus: [code] });
  const empreintes = Object.fromEntries(
    await Promise.all([...liste, adresseDe(code)].map(async (a) => [a, await empreinte(readFileSync(join(dossier, fichierDe(a))))])),
  );
  return { version: await version(empreintes), fichiers: liste, code };
}

export default function horsLigne(): AstroIntegration {
  return {
    name: 'pratiques-emergentes:hors-ligne',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dossier = fileURLToPath(dir);
        const config = await configurationDe(dossier);
        writeFileSync(join(dossier, 'sw.js'), scriptServiceWorker(config));
        logger.info(`sw.js écrit : ${config.fichiers.length} fichiers gardés pour la lecture hors ligne (version ${config.version})`);
      },
    },
  };
}
