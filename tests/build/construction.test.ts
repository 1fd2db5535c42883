// The build's own output: a clean log, and a content error told in French, without a stack trace.
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONSEIL } from '../../src/integrations/verifier.ts';
import { champA } from '../../src/schema/champs.ts';
import { fiche as contrat } from '../../src/schema/fiche.ts';
import { astroBuild } from '../support/astro.ts';
import { JOURNAL_CONSTRUCTION } from '../support/site.ts';

describe('la construction', () => {
  it('n’écrit aucun avertissement : un avertissement est toujours à lire', () => {
    const journal = readFileSync(JOURNAL_CONSTRUCTION, 'utf8');
    expect(journal).toContain('[build] Complete!');
    expect(journal.split('\n').filter((l) => /\bwarn/i.test(l))).toEqual([]);
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
});
