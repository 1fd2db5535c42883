// The build part of the bench: a catalogue built as `npm start` builds it, with the peak memory of the
// whole process tree (Astro, its worker threads and Pagefind's process), and what the build wrote.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ENV_CONSTRUCTION } from '../../src/lib/env-fs.ts';

/** Resident memory of a process and of all its descendants, in bytes; undefined without /proc. */
function memoireArbre(racine: number): number | undefined {
  if (!existsSync('/proc/self/stat')) return undefined;
  const enfants = new Map<number, number[]>();
  const residente = new Map<number, number>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      // After « pid (name) »: state, ppid, … and the resident pages, 22nd.
      const champs = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(d);
      const parent = Number(champs[1]);
      enfants.set(parent, [...(enfants.get(parent) ?? []), pid]);
      residente.set(pid, Number(champs[21]) * 4096);
    } catch {
      // the process ended while /proc was read
    }
  }
  let total = 0;
  for (const pile = [racine]; pile.length;) {
    const pid = pile.pop()!;
    total += residente.get(pid) ?? 0;
    pile.push(...(enfants.get(pid) ?? []));
  }
  return total;
}

/** Builds `contenu` into `sortie`: wall time, and peak memory sampled every 250 ms. */
export async function construire(contenu: string, sortie: string): Promise<{ s: number; memoireMo?: number }> {
  // Measured on this machine, as `npm start` builds it: a local preview, not a build to publish.
  const env = { ...process.env, ...ENV_CONSTRUCTION, CONTENU: contenu, APERCU_LOCAL: '1', ASTRO_TELEMETRY_DISABLED: '1' };
  const debut = performance.now();
  // Astro's own entry, run by this Node: its bin's shebang could pick an older system Node.
  const enfant = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', sortie], { env });
  let journal = '';
  enfant.stdout.on('data', (d: Buffer) => (journal = (journal + d.toString()).slice(-20_000)));
  enfant.stderr.on('data', (d: Buffer) => (journal = (journal + d.toString()).slice(-20_000)));
  let pic: number | undefined;
  const releve = setInterval(() => {
    const m = memoireArbre(enfant.pid!);
    if (m !== undefined) pic = Math.max(pic ?? 0, m);
  }, 250);
  const code = await new Promise<number | null>((ok) => enfant.once('close', ok));
  clearInterval(releve);
  if (code !== 0) throw new Error(`construction échouée :\n${journal}`);
  return { s: (performance.now() - debut) / 1000, memoireMo: pic && pic / 2 ** 20 };
}

export interface Sortie {
  octets: number;
  fichiers: number;
  /** The search index alone (pagefind/). */
  octetsIndex: number;
  plusGrandePage: { chemin: string; octets: number };
}

/** What a build wrote: bytes and files, the search index apart, and its largest HTML page. */
export function mesurerSortie(dossier: string): Sortie {
  const s: Sortie = { octets: 0, fichiers: 0, octetsIndex: 0, plusGrandePage: { chemin: '', octets: 0 } };
  for (const f of readdirSync(dossier, { recursive: true, encoding: 'utf8' })) {
    const chemin = join(dossier, f);
    const st = statSync(chemin);
    if (!st.isFile()) continue;
    s.octets += st.size;
    s.fichiers++;
    if (f.startsWith('pagefind/')) s.octetsIndex += st.size;
    if (f.endsWith('.html') && st.size > s.plusGrandePage.octets)
      s.plusGrandePage = { chemin: `/${f.replace(/index\.html$/, '')}`, octets: st.size };
  }
  return s;
}
