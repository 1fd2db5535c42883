// Turns zod issues into plain-French messages that say what was found and what to write instead.
import { distance } from 'fastest-levenshtein';
import type { z } from 'zod';
import { sansAccents } from './format.ts';

const TYPES: Record<string, string> = {
  string: 'un texte',
  number: 'un nombre',
  array: 'une liste (ex. [a, b])',
  object: 'un bloc de champs',
  date: 'une date AAAA-MM-JJ',
  boolean: 'vrai ou faux',
};

/** The path as editors write it: `territoire.pays`, `sources[0].titre`. */
export function cheminChamp(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)), '');
}

/** The closest allowed value, when it is close enough to be a typo. */
export function suggestion(trouve: unknown, permis: readonly unknown[]): string | undefined {
  if (typeof trouve !== 'string') return undefined;
  const norm = (s: string) =>
    sansAccents(s)
      .toLowerCase()
      .replace(/[\s_']+/g, '-');
  let best: string | undefined;
  let bestD = Infinity;
  for (const p of permis) {
    if (typeof p !== 'string') continue;
    const d = distance(norm(trouve), norm(p));
    if (d < bestD) [best, bestD] = [p, d];
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

/** « : vouliez-vous dire « x » ? » when a close allowed value exists, else nothing. */
export function vouliezVousDire(trouve: unknown, permis: readonly unknown[], forme = (p: string) => p): string {
  const proche = suggestion(trouve, permis);
  return proche ? ` : vouliez-vous dire « ${forme(proche)} » ?` : '';
}

const decrire = (v: unknown) => (v === undefined ? 'rien' : typeof v === 'string' ? `« ${v} »` : JSON.stringify(v));

/**
 * A French sentence for one issue. `trouve` is the value found at the issue's path;
 * `clesPermises` the keys allowed in the object an unknown key sits in.
 */
export function messageFrancais(issue: z.core.$ZodIssue, trouve: unknown, clesPermises: readonly string[] = []): string {
  switch (issue.code) {
    case 'invalid_type':
      return trouve === undefined
        ? `champ obligatoire manquant : écrivez ${TYPES[issue.expected] ?? issue.expected}`
        : `trouvé ${decrire(trouve)}, attendu ${TYPES[issue.expected] ?? issue.expected}`;
    case 'invalid_value': {
      const liste = issue.values.map((v) => `« ${String(v)} »`).join(', ');
      if (trouve === undefined) return `champ obligatoire manquant : écrivez l’une de ces valeurs : ${liste}`;
      return `valeur ${decrire(trouve)} inconnue${vouliezVousDire(trouve, issue.values) || '.'} Valeurs permises : ${liste}`;
    }
    case 'unrecognized_keys':
      return (
        issue.keys.map((k) => `clé « ${k} » inconnue${vouliezVousDire(k, clesPermises)}`).join(' ; ') +
        (clesPermises.length ? `. Clés permises ici : ${clesPermises.join(', ')}` : '')
      );
    case 'too_small':
      if (issue.origin === 'array')
        return `au moins ${issue.minimum} valeur${Number(issue.minimum) > 1 ? 's' : ''} attendue${Number(issue.minimum) > 1 ? 's' : ''}, trouvé ${Array.isArray(trouve) ? trouve.length : 0}`;
      if (issue.origin === 'string')
        return `texte trop court : au moins ${issue.minimum} caractères attendus, trouvé ${typeof trouve === 'string' ? trouve.trim().length : 0}`;
      return `trouvé ${decrire(trouve)}, le minimum est ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string')
        return `texte trop long : au plus ${issue.maximum} caractères, trouvé ${typeof trouve === 'string' ? trouve.trim().length : 0}`;
      if (issue.origin === 'array') return `au plus ${issue.maximum} valeurs`;
      return `trouvé ${decrire(trouve)}, le maximum est ${issue.maximum}`;
    case 'invalid_format':
      return `trouvé ${decrire(trouve)}, attendu ${issue.message}`;
    case 'custom':
      return `${issue.message} (trouvé ${decrire(trouve)})`;
    default:
      return `${decrire(trouve)} : ${issue.message}`;
  }
}
