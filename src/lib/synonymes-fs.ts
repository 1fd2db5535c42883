// The catalogue's groups of equivalent terms (glossary + content/synonymes.json), read once per build.
import { resolve } from 'node:path';
import { REGLAGES } from './env-fs.ts';
import { groupesSynonymes } from './synonymes.ts';
import { lireGlossaire, lireSynonymes } from './listes-fs.ts';

const racine = resolve(REGLAGES.contenu);

/** Every group of equivalent terms of the catalogue. */
export const GROUPES_SYNONYMES = groupesSynonymes(lireGlossaire(racine), lireSynonymes(racine));
