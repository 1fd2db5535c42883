// The build's own output: a clean log, and a content error told in French, without a stack trace.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONSEIL } from '../../src/integrations/verifier.ts';
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
    const fiche = `${contenu}/pratiques/flora-yvelines.mdx`;
    writeFileSync(fiche, readFileSync(fiche, 'utf8').replace(/^annee: .*$/m, 'annee: deux-mille').replace(/^etat: .*$/m, 'etat: perenise'));

    // Its own outDir: dist/, read by the other tests, is never at risk.
    const { code, journal } = astroBuild({ CONTENU: contenu }, '--outDir', 'tests/.tmp/site-invalide');
    expect(code).toBe(1);
    expect(journal).toContain('2 problème(s) dans le contenu, la construction est arrêtée :');
    expect(journal).toMatch(/^tests\/\.tmp\/contenu-invalide\/pratiques\/flora-yvelines\.mdx:\d+: champ « annee » : trouvé « deux-mille », attendu un nombre$/m);
    expect(journal).toMatch(/^tests\/\.tmp\/contenu-invalide\/pratiques\/flora-yvelines\.mdx:\d+: champ « etat » : valeur « perenise » inconnue : vouliez-vous dire « perennisee » \?/m);
    expect(journal).toContain(CONSEIL);
    expect(journal).not.toMatch(/^\s+at /m);
    expect(journal).not.toContain('Stack trace');
  });
});
