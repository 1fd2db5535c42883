// The verifier on several cores, for large catalogues: the sheets' own checks, most of its time, are
// shared among worker threads (verifier-travail-fs.ts); the rest runs as in verifierCatalogue.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fiche } from '../schema/fiche.ts';
import { verifierFrontmatter } from './controles.ts';
import { resultatDuFil, resultatDuProcessus } from './fil-fs.ts';
import { normaliserTexte } from './frontmatter.ts';
import { verifierGlossaire } from './listes-fs.ts';
import { nomsFiches, verifierCatalogue, verifierReste, type FicheLue, type Probleme, type verifierFiches } from './verifier-fs.ts';

/** Below this many sheets, starting the threads costs more than it saves. */
export const SEUIL_PARALLELE = 1000;

/** A sheet as a thread sends it back: its field lines are a function, which does not cross threads. */
export type FicheTransmise = Omit<FicheLue, 'ligne'>;
/** What the verifier found, as it comes back from another thread or process. */
export interface Verification {
  problemes: Probleme[];
  fiches: FicheTransmise[];
}
/** A sheet read, as it crosses to another thread or process. */
export const transmise = ({ slug, fichier, donnees, liens }: FicheLue): FicheTransmise => ({ slug, fichier, donnees, liens });
export interface Lot {
  racine: string;
  base: string;
  noms: string[];
  /** The glossary's entries, read once by the main thread. */
  glossaire: Parameters<typeof verifierFiches>[3];
}

/** A sheet's field lines, found again from its file if a check of the whole catalogue needs one (only for a problem). */
function avecLignes(f: FicheTransmise, base: string): FicheLue {
  let ligne: FicheLue['ligne'] | undefined;
  const lire = () => verifierFrontmatter(f.fichier, normaliserTexte(readFileSync(resolve(base, f.fichier), 'utf8')), fiche).ligne;
  return { ...f, ligne: (chemin) => (ligne ??= lire())(chemin) };
}

/** verifierCatalogue, its sheets checked by `travaux` threads when there are at least `seuil` of them; same result. */
export async function verifierCatalogueParallele(
  racine: string,
  base = process.cwd(),
  { travaux = availableParallelism(), seuil = SEUIL_PARALLELE } = {},
): Promise<ReturnType<typeof verifierCatalogue>> {
  const noms = nomsFiches(racine);
  if (travaux < 2 || noms.length < seuil) return verifierCatalogue(racine, base);
  const glossaire = verifierGlossaire(racine, base);
  const taille = Math.ceil(noms.length / travaux);
  const lots = Array.from({ length: travaux }, (_, i) => noms.slice(i * taille, (i + 1) * taille)).filter((l) => l.length);
  const parts = await Promise.all(
    lots.map((l) =>
      resultatDuFil<Verification>(
        new URL('./verifier-travail-fs.ts', import.meta.url),
        { racine, base, noms: l, glossaire: glossaire.entrees } satisfies Lot,
        'la vérification des fiches s’est arrêtée',
      ),
    ),
  );
  return verifierReste(racine, base, glossaire, {
    problemes: parts.flatMap((p) => p.problemes),
    fiches: parts.flatMap((p) => p.fiches.map((f) => avecLignes(f, base))),
  });
}

/** verifierCatalogueParallele in a child process (verifier-processus-fs.ts), for the build: its memory goes when it ends. */
export const verifierAPart = (racine: string, base: string) =>
  resultatDuProcessus<Verification>(
    new URL('./verifier-processus-fs.ts', import.meta.url),
    { racine, base },
    'la vérification des fiches s’est arrêtée',
  );
