// Files' history from git, at build time: the dates of each file's first and last commits, read in one
// `git log` for the whole content folder (one call per page would cost seconds on a large catalogue).
// A shallow clone knows only its own commits: the workflows fetch the whole history.
import { execFileSync } from 'node:child_process';

export interface Historique {
  /** The day the file was first committed: its publication. */
  creation: string;
  /** The day of its last commit. */
  modification: string;
}

let dates: Map<string, Historique> | undefined;

function lireDates(): Map<string, Historique> {
  const parFichier = new Map<string, Historique>();
  try {
    const journal = execFileSync('git', ['log', '--format=%x00%cs', '--name-only', '--', 'content'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 1 << 28,
    });
    // Newest commit first: the first date met is the last change, the last one met the first commit.
    for (const commit of journal.split('\0').slice(1)) {
      const [date, ...fichiers] = commit.trim().split('\n');
      for (const f of fichiers) if (f) parFichier.set(f, { modification: parFichier.get(f)?.modification ?? date!, creation: date! });
    }
  } catch {
    // not a git checkout: pages simply omit the dates
  }
  return parFichier;
}

export function historique(fichier: string): Historique | undefined {
  dates ??= lireDates();
  return dates.get(fichier);
}
