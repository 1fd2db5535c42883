import { describe, expect, it } from 'vitest';
import { lireReglages } from '../../src/lib/env-fs.ts';

describe('lireReglages', () => {
  it('donne les valeurs par défaut quand rien n’est défini, ou défini vide', () => {
    const attendu = {
      site: 'http://localhost:4321',
      base: '/',
      contenu: 'content',
      depot: 'https://github.com/pratiques-emergentes/pratiques-emergentes',
      chromium: undefined,
      githubActions: false,
    };
    expect(lireReglages({})).toEqual(attendu);
    expect(lireReglages({ SITE: '', BASE_PATH: '', CONTENU: '', DEPOT_URL: '', GITHUB_ACTIONS: '' })).toEqual(attendu);
  });

  it('lit chaque variable', () => {
    expect(
      lireReglages({
        SITE: 'https://exemple.org',
        BASE_PATH: '/pratiques-emergentes/',
        CONTENU: 'tests/.tmp/contenu',
        DEPOT_URL: 'https://github.com/moi/fork',
        CHROMIUM_PATH: '/usr/bin/chromium',
        GITHUB_ACTIONS: 'true',
      }),
    ).toEqual({
      site: 'https://exemple.org',
      base: '/pratiques-emergentes/',
      contenu: 'tests/.tmp/contenu',
      depot: 'https://github.com/moi/fork',
      chromium: '/usr/bin/chromium',
      githubActions: true,
    });
  });

  it('refuse en français une valeur mal formée, en nommant chacune', () => {
    expect(() => lireReglages({ SITE: 'exemple.org' })).toThrow('SITE vaut « exemple.org » : une adresse complète en http(s) est attendue');
    expect(() => lireReglages({ SITE: 'ftp://exemple.org' })).toThrow(/SITE vaut « ftp:\/\/exemple\.org »/);
    expect(() => lireReglages({ DEPOT_URL: 'github.com/moi/fork' })).toThrow(/DEPOT_URL vaut « github\.com\/moi\/fork »/);
    expect(() => lireReglages({ BASE_PATH: 'pratiques-emergentes/' })).toThrow(
      'BASE_PATH vaut « pratiques-emergentes/ » : un chemin commençant par « / » est attendu',
    );
    expect(() => lireReglages({ SITE: 'x', BASE_PATH: 'y' })).toThrow(/SITE vaut « x ».*\n- BASE_PATH vaut « y »/);
  });
});
