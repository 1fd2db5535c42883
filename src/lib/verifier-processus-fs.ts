// The verifier as the build runs it, in a process of its own (verifierAPart): reading and checking every
// sheet allocates a few hundred megabytes at 2,000 sheets, which would otherwise stay in Astro's process.
import { repondre } from './fil-fs.ts';
import { transmise, verifierCatalogueParallele, type Verification } from './verifier-parallele-fs.ts';

repondre(async ({ racine, base }: { racine: string; base: string }): Promise<Verification> => {
  const { problemes, fiches } = await verifierCatalogueParallele(racine, base);
  return { problemes, fiches: fiches.map(transmise) };
});
