// Finds known acronyms in a text, so each can be explained (<abbr title>) where it first appears.
import type { Sigle } from '../schema/fiche.ts';

export type Morceau = string | { sigle: string; titre: string };

const echapper = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A matcher for every written form of the glossary's acronyms, longest first ("DPA-PC" before "DPA"). */
export function creerReperage(sigles: readonly Pick<Sigle, 'sigle' | 'variantes' | 'developpe'>[]) {
  const titres = new Map<string, string>();
  for (const s of sigles) for (const forme of [s.sigle, ...s.variantes]) titres.set(forme, s.developpe);
  const formes = [...titres.keys()].sort((a, b) => b.length - a.length).map(echapper);
  // Case-sensitive, and not glued to letters, digits or a hyphen: "DPA" is not found in "DPA-PC" or "ADPA".
  const motif = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${formes.join('|')})(?![\\p{L}\\p{N}]|-\\p{L})`, 'gu');

  /** Splits `texte` around acronyms not yet in `vus` (which it updates): only first occurrences are marked. */
  return function decouper(texte: string, vus: Set<string>): Morceau[] {
    if (!formes.length) return [texte];
    const morceaux: Morceau[] = [];
    let fin = 0;
    for (const m of texte.matchAll(motif)) {
      const titre = titres.get(m[0])!;
      if (vus.has(titre)) continue;
      vus.add(titre);
      if (m.index > fin) morceaux.push(texte.slice(fin, m.index));
      morceaux.push({ sigle: m[0], titre });
      fin = m.index + m[0].length;
    }
    if (fin < texte.length) morceaux.push(texte.slice(fin));
    return morceaux;
  };
}
