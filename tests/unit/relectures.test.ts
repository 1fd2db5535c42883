// The review cycle: the dates, and `npm run relectures` on a copy of the catalogue.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ANS_ENTRE_RELECTURES, fichesARelire, historiqueFiche, prochaineRelecture } from '../../src/lib/relectures.ts';
import { CONTENU } from '../support/site.ts';

describe('les relectures', () => {
  it('tombent deux ans après la dernière, un 29 février devenant un 28', () => {
    expect(prochaineRelecture('2026-11-21')).toBe(`${2026 + ANS_ENTRE_RELECTURES}-11-21`);
    expect(prochaineRelecture('2024-02-29')).toBe('2026-02-28');
    expect(prochaineRelecture('2025-12-31')).toBe('2027-12-31');
  });

  it('datent une fiche de son premier commit, de sa relecture et de la prochaine ; publiée à sa relecture tant qu’elle n’est pas versée', () => {
    expect(historiqueFiche('2026-03-04', '2025-12-01')).toEqual({ publiee: '2025-12-01', relue: '2026-03-04', prochaine: '2028-03-04' });
    expect(historiqueFiche('2026-03-04')).toEqual({ publiee: '2026-03-04', relue: '2026-03-04', prochaine: '2028-03-04' });
  });

  it('listent les fiches dues, la plus en retard d’abord, et pas les autres', () => {
    const fiches = [
      { slug: 'b', titre: 'B', miseAJour: '2020-05-01' },
      { slug: 'a', titre: 'A', miseAJour: '2019-01-01' },
      { slug: 'c', titre: 'C', miseAJour: '2026-01-01' },
    ];
    expect(fichesARelire(fiches, '2026-06-01').map((f) => f.slug)).toEqual(['a', 'b']);
    expect(fichesARelire(fiches, '2028-01-01').map((f) => f.slug)).toEqual(['a', 'b', 'c']);
  });
});

describe('npm run relectures', () => {
  const dossier = mkdtempSync(join(tmpdir(), 'relectures-'));
  cpSync(CONTENU, dossier, { recursive: true });
  // One sheet reviewed long ago, the others on the day the list is made.
  const [vieille, ...autres] = readdirSync(join(dossier, 'pratiques')).filter((f) => f.endsWith('.mdx'));
  const dater = (f: string, jour: string) =>
    writeFileSync(
      join(dossier, 'pratiques', f),
      readFileSync(join(dossier, 'pratiques', f), 'utf8').replace(/^miseAJour: .*$/m, `miseAJour: ${jour}`),
    );
  dater(vieille!, '2001-03-01');
  for (const f of autres) dater(f, '2026-12-01');
  afterAll(() => rmSync(dossier, { recursive: true, force: true }));
  const lancer = (...args: string[]) =>
    execFileSync(process.execPath, ['scripts/relectures.ts', '--contenu', dossier, '--date', '2026-12-01', ...args], { encoding: 'utf8' });

  it('écrit le corps de l’issue : une case à cocher et un lien par fiche à relire, seulement elles', () => {
    const corps = lancer('--format', 'markdown');
    expect(corps).toMatch(/^1 fiche n’a pas été relue depuis plus de 2 ans \(liste du 1er décembre 2026\)\./);
    expect(corps).toMatch(
      new RegExp(
        `^- \\[ \\] \\[.+\\]\\(https://.+/blob/main/.*${vieille}\\) : relue le 1er mars 2001, à relire depuis le 1er mars 2003$`,
        'm',
      ),
    );
    for (const f of autres) expect(corps).not.toContain(f);
  });
});
