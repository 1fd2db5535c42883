import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { PAGES_PAR_TRANCHE } from '../../src/lib/tranches.ts';
import { ENV_CONSTRUCTION, lireReglages, SITE_APERCU, siteDe } from '../../src/lib/env-fs.ts';
import { FICHES_PAR_PAGE } from '../../src/lib/pagination.ts';

describe('lireReglages', () => {
  it('donne les valeurs par défaut quand rien n’est défini, ou défini vide', () => {
    const attendu = {
      site: undefined,
      apercuLocal: false,
      base: '/',
      contenu: 'content',
      depot: 'https://github.com/pratiques-emergentes/pratiques-emergentes',
      chromium: undefined,
      githubActions: false,
      fichesParPage: FICHES_PAR_PAGE,
      pagesParTranche: PAGES_PAR_TRANCHE,
    };
    expect(lireReglages({})).toEqual(attendu);
    expect(
      lireReglages({
        SITE: '',
        APERCU_LOCAL: '',
        BASE_PATH: '',
        CONTENU: '',
        DEPOT_URL: '',
        GITHUB_ACTIONS: '',
        FICHES_PAR_PAGE: '',
        PAGES_PAR_TRANCHE: '',
      }),
    ).toEqual(attendu);
  });

  it('lit chaque variable', () => {
    expect(
      lireReglages({
        SITE: 'https://exemple.org',
        APERCU_LOCAL: '1',
        BASE_PATH: '/pratiques-emergentes/',
        CONTENU: 'tests/.tmp/contenu',
        DEPOT_URL: 'https://github.com/moi/fork',
        CHROMIUM_PATH: '/usr/bin/chromium',
        GITHUB_ACTIONS: 'true',
        FICHES_PAR_PAGE: '10',
        PAGES_PAR_TRANCHE: '20',
      }),
    ).toEqual({
      site: 'https://exemple.org',
      apercuLocal: true,
      base: '/pratiques-emergentes/',
      contenu: 'tests/.tmp/contenu',
      depot: 'https://github.com/moi/fork',
      chromium: '/usr/bin/chromium',
      githubActions: true,
      fichesParPage: 10,
      pagesParTranche: 20,
    });
  });

  it('refuse en français une valeur mal formée, en nommant chacune', () => {
    expect(() => lireReglages({ SITE: 'exemple.org' })).toThrow('SITE vaut « exemple.org » : une adresse complète en http(s) est attendue');
    expect(() => lireReglages({ SITE: 'ftp://exemple.org' })).toThrow(/SITE vaut « ftp:\/\/exemple\.org »/);
    for (const nom of ['FICHES_PAR_PAGE', 'PAGES_PAR_TRANCHE'])
      for (const v of ['0', '2.5', 'dix']) expect(() => lireReglages({ [nom]: v })).toThrow(`${nom} vaut « ${v} » : un nombre entier`);
    expect(() => lireReglages({ DEPOT_URL: 'github.com/moi/fork' })).toThrow(/DEPOT_URL vaut « github\.com\/moi\/fork »/);
    expect(() => lireReglages({ BASE_PATH: 'pratiques-emergentes/' })).toThrow(
      'BASE_PATH vaut « pratiques-emergentes/ » : un chemin commençant par « / » est attendu',
    );
    expect(() => lireReglages({ SITE: 'x', BASE_PATH: 'y' })).toThrow(/SITE vaut « x ».*\n- BASE_PATH vaut « y »/);
  });
});

describe('siteDe', () => {
  const sans = lireReglages({});
  it('donne SITE quand il est défini, quelle que soit la commande', () => {
    const r = lireReglages({ SITE: 'https://exemple.org', APERCU_LOCAL: '1' });
    for (const commande of ['build', 'dev', 'preview', 'sync']) expect(siteDe(r, commande)).toBe('https://exemple.org');
  });

  it('sans SITE, ne donne rien à une construction à publier : elle doit s’arrêter', () => {
    expect(siteDe(sans, 'build')).toBeUndefined();
  });

  it('sans SITE, donne l’adresse locale à l’aperçu de `npm start` et aux commandes qui ne publient rien', () => {
    expect(siteDe(lireReglages({ APERCU_LOCAL: '1' }), 'build')).toBe(SITE_APERCU);
    for (const commande of ['dev', 'preview', 'sync']) expect(siteDe(sans, commande)).toBe(SITE_APERCU);
  });
});

describe('ENV_CONSTRUCTION', () => {
  it('est posé par `npm run build` sur le processus d’Astro, comme le banc le pose sur les siennes', () => {
    const build = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { build: string } }).scripts.build;
    const variables = Object.entries(ENV_CONSTRUCTION).map(([k, v]) => `${k}=${v}`);
    expect(variables.length).toBeGreaterThan(0);
    expect(build).toMatch(new RegExp(`&& ${variables.join(' ')} astro build$`));
  });
});
