// Files' history from git, at build time: the date of each file's last commit, read in one
// `git log` for the whole content folder (one call per page would cost seconds on a large catalogue).
import { execFileSync } from 'node:child_process';

let dates: Map<string, string> | undefined;

function lireDates(): Map<string, string> {
  const parFichier = new Map<string, string>();
  try {
    const journal = execFileSync('git', ['log', '--format=%x00%cs', '--name-only', '--', 'content'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 1 << 28,
    });
    for (const commit of journal.split('\0').slice(1)) {
      const [date, ...fichiers] = commit.trim().split('\n');
      for (const f of fichiers) if (f && !parFichier.has(f)) parFichier.set(f, date!); // newest commit first
    }
  } catch {
    // not a git checkout: pages simply omit the date
  }
  return parFichier;
}

export function derniereModification(fichier: string): string | undefined {
  dates ??= lireDates();
  return dates.get(fichier);
}
