// Reading without network, in its pure parts (src/lib/hors-ligne.ts, src/lib/manifeste.ts): what is
// kept at install, the version, the caches, how each request is answered, what a new version carries over.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  aPrecharger,
  aReprendre,
  adresseDe,
  anciensCaches,
  cacheDAbord,
  cachesDe,
  cle,
  codeChange,
  empreinte,
  fichierDe,
  garder,
  immuable,
  lireScriptServiceWorker,
  nomCache,
  pagesGardees,
  relatif,
  reseauDAbord,
  scriptServiceWorker,
  strategie,
  version,
  type Magasin,
} from '../../src/lib/hors-ligne.ts';
import { couleursDe, FICHIERS_APPLI, manifeste, proprieteCss } from '../../src/lib/manifeste.ts';

const PAGEFIND = { languages: { fr: { hash: 'fr_abc', wasm: 'fr' } } };
const REQUIS = [
  'index.html',
  'recherche/index.html',
  'selection/index.html',
  'comparer/index.html',
  'glossaire/index.html',
  'hors-ligne/index.html',
  'api/pratiques.json',
  ...FICHIERS_APPLI,
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'pagefind/pagefind-highlight.js',
  'pagefind/pagefind-entry.json',
  'pagefind/tranches.json',
  'pagefind/pages.json',
  'pagefind/pagefind.fr_abc.pf_meta',
  'pagefind/wasm.fr.pagefind',
];
const AUTRES = [
  '_astro/Base.abc.css',
  '_astro/recherche.def.js',
  '_astro/service-worker-xyz.js',
  '_astro/photo.abc.webp',
  'pagefind/index/fr_1.pf_index',
  'pagefind/fragment/fr_3.pf_fragment',
  'pagefind/fragment/fr_4.pf_fragment',
  'pagefind/pagefind-ui.js',
  'pagefind/wasm.unknown.pagefind',
  'pratiques/une-fiche/index.html',
  'api/pratiques.csv',
  '_headers',
  'sw.js',
];
const build = (chemins = [...REQUIS, ...AUTRES]) => chemins.map((chemin) => ({ chemin, octets: 1000 }));

describe('les fichiers gardés à l’installation', () => {
  const gardes = aPrecharger(build(), { pagefind: PAGEFIND, exclus: ['_astro/service-worker-xyz.js'] });

  it('sont la coquille, ses données, le manifeste et ses icônes, les styles et scripts, et de quoi chercher', () => {
    expect(gardes).toEqual(
      expect.arrayContaining([
        '',
        'recherche/',
        'selection/',
        'comparer/',
        'glossaire/',
        'hors-ligne/',
        'api/pratiques.json',
        'manifest.webmanifest',
        'icone-512.png',
        '_astro/Base.abc.css',
        '_astro/recherche.def.js',
        'pagefind/pagefind.js',
        'pagefind/pagefind-entry.json',
        'pagefind/pagefind.fr_abc.pf_meta',
        'pagefind/wasm.fr.pagefind',
        'pagefind/index/fr_1.pf_index',
        'pagefind/pages.json',
        'pagefind/fragment/fr_3.pf_fragment',
      ]),
    );
    expect(gardes).toEqual([...gardes].sort());
  });

  it('laissent le reste : les fiches (gardées à la lecture), le code du service worker, ce que le site ne charge pas', () => {
    for (const f of [
      'pratiques/une-fiche/',
      '_astro/service-worker-xyz.js',
      '_astro/photo.abc.webp',
      'pagefind/pagefind-ui.js',
      'pagefind/wasm.unknown.pagefind',
      'api/pratiques.csv',
      '_headers',
      'sw.js',
    ])
      expect(gardes, f).not.toContain(f);
  });

  it('laissent les extraits de résultats à la recherche quand ils dépassent leur budget', () => {
    const petits = aPrecharger(build(), { pagefind: PAGEFIND, budgetFragments: 1999 });
    expect(petits.filter((f) => f.startsWith('pagefind/fragment/'))).toEqual([]);
    expect(petits).toContain('pagefind/index/fr_1.pf_index');
    expect(aPrecharger(build(), { pagefind: PAGEFIND, budgetFragments: 2000 })).toContain('pagefind/fragment/fr_4.pf_fragment');
  });

  it('nomment les fichiers attendus qui manquent à la construction', () => {
    const sans = build([...REQUIS, ...AUTRES].filter((f) => f !== 'hors-ligne/index.html' && f !== 'pagefind/wasm.fr.pagefind'));
    expect(() => aPrecharger(sans, { pagefind: PAGEFIND })).toThrow(
      'Fichiers à garder hors ligne absents de la construction : hors-ligne/index.html, pagefind/wasm.fr.pagefind',
    );
  });

  it('passent d’un fichier construit à son adresse, et retour', () => {
    expect(['index.html', 'recherche/index.html', 'api/pratiques.json'].map(adresseDe)).toEqual(['', 'recherche/', 'api/pratiques.json']);
    expect(['', 'recherche/', 'api/pratiques.json'].map(fichierDe)).toEqual(['index.html', 'recherche/index.html', 'api/pratiques.json']);
  });
});

describe('la version', () => {
  it('est une empreinte SHA-256 du contenu, abrégée', async () => {
    expect(await empreinte('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await empreinte(new TextEncoder().encode('abc'))).toBe(await empreinte('abc'));
    expect(await version({ a: '1' })).toMatch(/^[0-9a-f]{12}$/);
  });

  it('ne dépend pas de l’ordre des fichiers, mais change avec leur contenu et leur liste', async () => {
    const v = await version({ 'a.css': '1', 'b.js': '2' });
    expect(await version({ 'b.js': '2', 'a.css': '1' })).toBe(v);
    expect(await version({ 'a.css': '1', 'b.js': '3' })).not.toBe(v);
    expect(await version({ 'a.css': '1', 'b.js': '2', 'c.js': '2' })).not.toBe(v);
    expect(await version({ 'a.css': '1', 'c.js': '2' })).not.toBe(v);
  });
});

describe('les caches', () => {
  const racine = 'https://exemple.org/';
  const sous = 'https://exemple.org/pratiques-emergentes/';

  it('portent la portée et la version', () => {
    expect(nomCache(racine, 'v1')).toBe('pratiques-emergentes:/:v1');
    expect(nomCache(sous, 'v1')).toBe('pratiques-emergentes:/pratiques-emergentes/:v1');
  });

  it('d’une autre version sont supprimés, pas ceux d’une autre portée ni d’un autre site', () => {
    const noms = [nomCache(racine, 'v1'), nomCache(racine, 'v2'), nomCache(sous, 'v1'), 'autre-chose'];
    expect(anciensCaches(noms, racine, 'v2')).toEqual([nomCache(racine, 'v1')]);
    expect(anciensCaches(noms, sous, 'v2')).toEqual([nomCache(sous, 'v1')]);
    expect(cachesDe(noms, racine)).toEqual([nomCache(racine, 'v1'), nomCache(racine, 'v2')]);
  });
});

describe('les réponses du service worker', () => {
  const portee = 'http://127.0.0.1:4321/pe/';

  it('rangent une réponse sous son adresse sans paramètres ni ancre', () => {
    expect(cle(`${portee}recherche/?q=mot#resultats`)).toBe(`${portee}recherche/`);
    expect(relatif(`${portee}pratiques/x/?surligner=y`, portee)).toBe('pratiques/x/');
    expect(relatif('http://127.0.0.1:4321/ailleurs/', portee)).toBeUndefined();
  });

  it('vont au cache d’abord pour les fichiers d’une construction, au réseau d’abord pour les pages et les données', () => {
    const s = (r: string, methode?: string) => strategie(new URL(r, portee).href, portee, methode);
    expect(
      ['_astro/a.css', 'pagefind/pagefind-entry.json?ts=1', 'pagefind/fragment/x.pf_fragment', 'icone-192.png'].map((r) => s(r)),
    ).toEqual(['cache', 'cache', 'cache', 'cache']);
    expect(['', 'pratiques/x/', 'api/pratiques.json', 'flux.xml'].map((r) => s(r))).toEqual(['reseau', 'reseau', 'reseau', 'reseau']);
    expect(s('sw.js')).toBe('aucune');
    expect(s('pratiques/x/', 'POST')).toBe('aucune');
    expect(strategie('https://github.com/x', portee)).toBe('aucune');
    expect(strategie('http://127.0.0.1:4321/autre-site/', portee)).toBe('aucune');
  });
});

/** A cache in a Map, with the keys it was asked for. */
function magasin(initial: Record<string, string> = {}) {
  const contenu = new Map(Object.entries(initial).map(([k, v]) => [k, new Response(v)]));
  const m: Magasin & { texte(k: string): Promise<string | undefined> } = {
    lire: async (k) => contenu.get(k)?.clone(),
    ecrire: async (k, r) => void contenu.set(k, r),
    texte: async (k) => contenu.get(k)?.clone().text(),
  };
  return m;
}
const PAGE = 'http://site/pratiques/x/';
const requete = (url = `${PAGE}?surligner=mot`) => new Request(url);
const reponse = (texte: string, status = 200) => new Response(texte, { status });
const hors = () => Promise.reject(new TypeError('Failed to fetch'));
const jamais = () => new Promise<never>(() => undefined);
const aussitot = () => Promise.resolve();

describe('le réseau d’abord', () => {
  it('donne la réponse fraîche et la garde, sous l’adresse sans paramètres', async () => {
    const m = magasin({ [PAGE]: 'ancienne' });
    const { reponse: r, fin } = reseauDAbord(requete(), m, { chercher: async () => reponse('fraîche'), attendre: jamais });
    expect(await (await r)!.text()).toBe('fraîche');
    await fin;
    expect(await m.texte(PAGE)).toBe('fraîche');
  });

  it('sans réseau, donne la copie gardée, ou rien', async () => {
    expect(await (await reseauDAbord(requete(), magasin({ [PAGE]: 'gardée' }), { chercher: hors, attendre: jamais }).reponse)!.text()).toBe(
      'gardée',
    );
    expect(await reseauDAbord(requete(), magasin(), { chercher: hors, attendre: jamais }).reponse).toBeUndefined();
  });

  it('sur un réseau trop lent, donne la copie gardée, que la réponse tardive rafraîchit', async () => {
    const m = magasin({ [PAGE]: 'gardée' });
    let arriver!: (r: Response) => void;
    const tardive = new Promise<Response>((ok) => (arriver = ok));
    const { reponse: r, fin } = reseauDAbord(requete(), m, { chercher: () => tardive, attendre: aussitot });
    expect(await (await r)!.text()).toBe('gardée');
    arriver(reponse('fraîche'));
    await fin;
    expect(await m.texte(PAGE)).toBe('fraîche');
  });

  it('sur un réseau lent sans copie gardée, attend le réseau', async () => {
    const r = reseauDAbord(requete(), magasin(), { chercher: async () => reponse('fraîche'), attendre: aussitot }).reponse;
    expect(await (await r)!.text()).toBe('fraîche');
  });

  it('donne une page introuvable telle quelle sans la garder, et la copie gardée sur une erreur du serveur', async () => {
    const m = magasin();
    const { reponse: r, fin } = reseauDAbord(requete(), m, { chercher: async () => reponse('introuvable', 404), attendre: jamais });
    expect((await r)!.status).toBe(404);
    await fin;
    expect(await m.texte(PAGE)).toBeUndefined();
    const panne = reseauDAbord(requete(), magasin({ [PAGE]: 'gardée' }), { chercher: async () => reponse('panne', 503), attendre: jamais });
    expect(await (await panne.reponse)!.text()).toBe('gardée');
  });
});

describe('le cache d’abord', () => {
  it('donne la copie gardée sans réseau, sinon la réponse du réseau qu’il garde (un extrait au premier usage)', async () => {
    const url = 'http://site/pagefind/fragment/fr_1.pf_fragment';
    const m = magasin({ [url]: 'gardé' });
    expect(await (await cacheDAbord(new Request(url), m, { chercher: hors }).reponse)!.text()).toBe('gardé');
    const vide = magasin();
    const { reponse: r, fin } = cacheDAbord(new Request(url), vide, { chercher: async () => reponse('frais') });
    expect(await (await r)!.text()).toBe('frais');
    await fin;
    expect(await vide.texte(url)).toBe('frais');
    expect(await cacheDAbord(new Request(url), magasin(), { chercher: hors }).reponse).toBeUndefined();
  });
});

describe('garder des pages', () => {
  it('télécharge celles qui manquent, une fois chacune, et laisse ce qui n’est pas une page du site', async () => {
    const portee = 'http://site/';
    const m = magasin({ [`${portee}pratiques/a/`]: 'a' });
    const demandees: string[] = [];
    const chercher = async (r: Request) => (demandees.push(r.url), r.url.includes('/c/') ? reponse('', 404) : reponse(r.url));
    const gardees = await garder(
      [
        `${portee}pratiques/a/`,
        `${portee}pratiques/b/?x=1`,
        `${portee}pratiques/b/`,
        `${portee}pratiques/c/`,
        'https://ailleurs/',
        `${portee}_astro/a.js`,
      ],
      portee,
      m,
      { chercher },
    );
    expect(gardees).toEqual([`${portee}pratiques/a/`, `${portee}pratiques/b/`]);
    expect(demandees).toEqual([`${portee}pratiques/b/`, `${portee}pratiques/c/`]);
    expect(await m.texte(`${portee}pratiques/b/`)).toBe(`${portee}pratiques/b/`);
  });
});

describe('une nouvelle version', () => {
  const precache = new Set(['', 'recherche/', '_astro/a.css', 'pagefind/index/fr_1.pf_index']);

  it('reprend les pages lues et les données, pas les fichiers d’une ancienne construction', () => {
    expect(['pratiques/x/', 'api/pratiques.json', 'thematiques/y/'].every((r) => aReprendre(r, precache))).toBe(true);
    expect(['', 'recherche/', '_astro/ancien.css', 'pagefind/index/fr_0.pf_index', 'sw.js'].some((r) => aReprendre(r, precache))).toBe(
      false,
    );
  });

  it('télécharge de nouveau les pages lues si le code a changé, sinon les copie', () => {
    expect(codeChange(['_astro/a.css', 'pratiques/x/', 'pagefind/index/fr_0.pf_index'], precache)).toBe(false);
    expect(codeChange(['_astro/ancien.css', 'pratiques/x/'], precache)).toBe(true);
  });

  it('copie de l’ancien cache les fichiers nommés d’après leur contenu', () => {
    expect(
      ['_astro/a.B1.css', 'pagefind/index/fr_1.pf_index', 'pagefind/fragment/fr_2.pf_fragment', 'pagefind/pagefind.fr_3.pf_meta'].every(
        immuable,
      ),
    ).toBe(true);
    expect(
      ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/wasm.fr.pagefind', '', 'api/pratiques.json'].some(immuable),
    ).toBe(false);
  });
});

describe('l’avis hors ligne', () => {
  it('liste les pages gardées, pas les fichiers, les données ni lui-même', () => {
    expect(
      pagesGardees(['', 'pratiques/x/', 'hors-ligne/', '_astro/a.css', 'api/pratiques.json', 'pagefind/pagefind.js', 'glossaire/']),
    ).toEqual(['', 'pratiques/x/', 'glossaire/']);
  });
});

describe('sw.js', () => {
  it('porte la configuration que le service worker lit, et charge son code', () => {
    const config = { version: 'abc123def456', fichiers: ['', '_astro/a.css'], code: '_astro/service-worker-x.js' };
    const texte = scriptServiceWorker(config);
    expect(lireScriptServiceWorker(texte)).toEqual(config);
    expect(texte).toContain('importScripts("_astro/service-worker-x.js");');
    expect(() => lireScriptServiceWorker('self.addEventListener("fetch", () => {});')).toThrow('configuration hors ligne');
  });
});

describe('le manifeste', () => {
  it('prend ses couleurs dans la feuille de style', () => {
    const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');
    expect(couleursDe(css)).toEqual({ theme: proprieteCss(css, '--accent'), fond: proprieteCss(css, '--fond') });
    expect(couleursDe(':root { --accent: #123456; --accent-clair: #eee; --fond:#fff }')).toEqual({ theme: '#123456', fond: '#fff' });
    expect(() => couleursDe(':root { --accent-clair: #eee; }')).toThrow('La feuille de style ne déclare pas --accent');
  });

  it('garde chaque adresse sous le sous-chemin', () => {
    const m = manifeste('/pratiques-emergentes/', { theme: '#000091', fond: '#ffffff' });
    expect([m.id, m.start_url, m.scope]).toEqual(['/pratiques-emergentes/', '/pratiques-emergentes/', '/pratiques-emergentes/']);
    for (const u of [...m.icons.map((i) => i.src), ...m.shortcuts.map((s) => s.url)]) expect(u).toMatch(/^\/pratiques-emergentes\/[^/]/);
    expect(manifeste('/', { theme: '#000091', fond: '#ffffff' }).icons[0]!.src).toBe('/favicon.svg');
  });
});
