// A file's history from git, at build time: the date of its last commit, if git knows it.
import { execFileSync } from 'node:child_process';

export function derniereModification(fichier: string): string | undefined {
  try {
    const date = execFileSync('git', ['log', '-1', '--format=%cs', '--', fichier], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined;
  } catch {
    return undefined; // not a git checkout: the page simply omits the date
  }
}
