// The build's own output: a clean log, and a content error told in French, without a stack trace.
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONSEIL } from '../../src/integrations/verifier.ts';
import { champA } from '../../src/schema/champs.ts';
import { fiche as contrat } from '../../src/schema/fiche.ts';
import { conclusion, formater, verifierCatalogue } from '../../src/lib/verifier-fs.ts';
import { astroBuild } from '../support/astro.ts';
import { JOURNAL_CONSTRUCTION } from '../support/site.ts';

describe('la construction', () => {
  it('n’écrit aucun avertissement : un avertissement est toujours à lire', () => {
    const journal = readFileSync(JOURNAL_CONSTRUCTION, 'utf8');
    expect(journal).toContain('[build] Complete!');
    expect(journal.split('\n').filter((l) => /\bwarn/i.test(l))).toEqual([]);
  });

  it('ne fait d’aucune fiche un module à compiler : leur HTML est rendu une fois, dans le magasin de contenu', () => {
    // Astro lists there the entries rendered at build time from a module of their own.
    expect(readFileSync('.astro/content-modules.mjs', 'utf8')).not.toMatch(/\.mdx\b/);
  });

  it('s’arrête sur une fiche invalide, avec les problèmes en français et sans trace de pile', () => {
    const contenu = 'tests/.tmp/contenu-invalide';
    rmSync(contenu, { recursive: true, force: true });
    cpSync('content', contenu, { recursive: true });
    const nom = readdirSync(`${contenu}/pratiques`).find((f) => f.endsWith('.mdx'))!;
    const fiche = `${contenu}/pratiques/${nom}`;
    writeFileSync(
      fiche,
      readFileSync(fiche, 'utf8')
        .replace(/^annee: .*$/m, 'annee: deux-mille')
        .replace(/^etat: .*$/m, 'etat: perenise'),
    );

    // Its own outDir: dist/, read by the other tests, is never at risk.
    const { code, journal } = astroBuild({ CONTENU: contenu }, '--outDir', 'tests/.tmp/site-invalide');
    expect(code).toBe(1);
    expect(journal).toContain('2 problèmes dans 1 fichier du contenu : la construction est arrêtée.');
    const ligne = (champ: string, suite: string) =>
      new RegExp(`^${fiche.replace(/[.]/g, '\\.')}:\\d+: champ « ${champ} » \\(${champA(contrat, champ)!.libelle}\\) : ${suite}`, 'm');
    expect(journal).toMatch(ligne('annee', 'trouvé « deux-mille », attendu un nombre$'));
    expect(journal).toMatch(ligne('etat', 'valeur « perenise » inconnue : vouliez-vous dire « perennisee » \\?'));
    expect(journal).toContain(CONSEIL);
    expect(journal).not.toMatch(/^\s+at /m);
    expect(journal).not.toContain('Stack trace');
  });

  it('`npm run build` donne sur une fiche invalide la liste du vérificateur, rien d’autre, et le code 1', () => {
    const contenu = 'tests/.tmp/contenu-invalide-npm';
    rmSync(contenu, { recursive: true, force: true });
    cpSync('content', contenu, { recursive: true });
    const fiche = `${contenu}/pratiques/${readdirSync(`${contenu}/pratiques`).find((f) => f.endsWith('.mdx'))!}`;
    writeFileSync(fiche, readFileSync(fiche, 'utf8').replace(/^annee: .*$/m, 'annee: deux-mille'));
    const commande = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { build: string } }).scripts.build;
    // As `npm run` runs it: the project's binaries first on the PATH, with this Node.
    const PATH = [resolve('node_modules/.bin'), dirname(process.execPath), process.env.PATH].join(delimiter);
    const r = spawnSync(commande, { shell: true, encoding: 'utf8', env: { ...process.env, PATH, CONTENU: contenu, NO_COLOR: '1' } });
    const attendu = verifierCatalogue(contenu).problemes;
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([...attendu.map(formater), '', conclusion(attendu)]);
  });
});
