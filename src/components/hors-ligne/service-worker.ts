// The service worker's code: Vite bundles it as one classic script under _astro/, and the build's sw.js,
// at the root of the site, sets its configuration (self.HORS_LIGNE) then loads it
// (src/integrations/hors-ligne.ts). The decisions are pure and tested: src/lib/hors-ligne.ts.
//
// - install: keeps the application shell in this version's cache (the files named by their contents
//   copied from an older version's, the others downloaded), with the pages an older version kept
//   (downloaded again if the code changed, else copied), then takes over at once;
// - activate: copies what the older version kept meanwhile, deletes the older caches, controls the pages;
// - fetch: network first for pages and data, cache first for a build's files; a page never opened
//   is answered, without network, by the offline notice;
// - message `garder`: keeps the given pages (the one being read, the sheets of « Ma sélection »), and
//   looks for an update if the page comes from another build.
import {
  aReprendre,
  anciensCaches,
  cacheDAbord,
  cle,
  codeChange,
  gardable,
  garder,
  immuable,
  nomCache,
  PAGE_HORS_LIGNE,
  relatif,
  reseauDAbord,
  strategie,
  type ConfigHorsLigne,
  type Magasin,
} from '../../lib/hors-ligne.ts';

// The few service-worker types the DOM library lacks (the webworker library would clash with it).
interface EvenementDurable extends Event {
  waitUntil(promesse: Promise<unknown>): void;
}
interface EvenementRequete extends EvenementDurable {
  request: Request;
  respondWith(reponse: Promise<Response>): void;
}
interface EvenementMessage extends EvenementDurable {
  data: unknown;
  ports: readonly MessagePort[];
}
interface PorteeServiceWorker {
  HORS_LIGNE: ConfigHorsLigne;
  registration: ServiceWorkerRegistration;
  clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', ecouteur: (e: EvenementDurable) => void): void;
  addEventListener(type: 'fetch', ecouteur: (e: EvenementRequete) => void): void;
  addEventListener(type: 'message', ecouteur: (e: EvenementMessage) => void): void;
}

const sw = self as unknown as PorteeServiceWorker;
const { version, fichiers, code } = sw.HORS_LIGNE;
const portee = sw.registration.scope;
const CACHE = nomCache(portee, version);
const precache = new Set(fichiers);
const adresse = (r: string) => new URL(r, portee).href;

const magasin = async (): Promise<Magasin & { cache: Cache }> => {
  const cache = await caches.open(CACHE);
  return {
    cache,
    lire: (k) => cache.match(k),
    ecrire: (k, r) => cache.put(k, r),
  };
};
const reseau = { chercher: (requete: Request) => fetch(requete) };

/** The entries of the older versions' caches worth carrying over, with their cache. */
async function anciennesEntrees() {
  const noms = anciensCaches(await caches.keys(), portee, version);
  const entrees = await Promise.all(
    noms.map(async (nom) => {
      const cache = await caches.open(nom);
      return (await cache.keys()).map((requete) => ({ cache, requete, r: relatif(requete.url, portee) ?? '' }));
    }),
  );
  return { noms, entrees: entrees.flat() };
}

type Entree = Awaited<ReturnType<typeof anciennesEntrees>>['entrees'][number];

/** Carries the older versions' kept pages into this one: fresh from the network if `telecharger`, else as they are. */
async function reprendre(entrees: readonly Entree[], telecharger: boolean) {
  const { cache } = await magasin();
  const aFaire = entrees.filter((e) => aReprendre(e.r, precache));
  // A few at a time: the reader may be browsing on the same network.
  for (let i = 0; i < aFaire.length; i += 4) {
    await Promise.all(
      aFaire.slice(i, i + 4).map(async ({ cache: ancien, requete }) => {
        if (await cache.match(requete)) return;
        if (telecharger) {
          const r = await fetch(requete.url, { cache: 'no-cache' }).catch(() => undefined);
          if (r && gardable(r)) return cache.put(requete, r);
          if (r && r.status >= 400 && r.status < 500) return; // gone from the site: not kept
        }
        const copie = await ancien.match(requete);
        if (copie) await cache.put(requete, copie);
      }),
    );
  }
}

sw.addEventListener('install', (e) => {
  e.waitUntil(
    (async () => {
      const { cache } = await magasin();
      const { entrees } = await anciennesEntrees();
      // Files named by their contents come from the older cache; the others from the server, past the
      // browser's HTTP cache: this version's files, not an older copy.
      const copiables = new Map(entrees.filter((x) => immuable(x.r)).map((x) => [x.r, x]));
      const aTelecharger: string[] = [];
      for (const r of fichiers) {
        const copie = copiables.has(r) ? await copiables.get(r)!.cache.match(copiables.get(r)!.requete) : undefined;
        if (copie) await cache.put(adresse(r), copie);
        else aTelecharger.push(r);
      }
      await cache.addAll(aTelecharger.map((r) => new Request(adresse(r), { cache: 'reload' })));
      const telecharger = codeChange(
        entrees.map((x) => x.r),
        precache,
      );
      await reprendre(entrees, telecharger).catch(() => undefined);
      await sw.skipWaiting();
    })(),
  );
});

sw.addEventListener('activate', (e) => {
  e.waitUntil(
    (async () => {
      // What the older version kept while this one installed.
      const { noms, entrees } = await anciennesEntrees();
      await reprendre(entrees, false).catch(() => undefined);
      await Promise.all(noms.map((n) => caches.delete(n)));
      await sw.clients.claim();
    })(),
  );
});

sw.addEventListener('fetch', (e) => {
  const { request } = e;
  const maniere = strategie(request.url, portee, request.method);
  if (maniere === 'aucune') return;
  const reponse = magasin().then((m) => ({ m, ...(maniere === 'cache' ? cacheDAbord : reseauDAbord)(request, m, reseau) }));
  e.waitUntil(reponse.then((x) => x.fin));
  e.respondWith(
    reponse.then(async ({ m, reponse }) => {
      const r = await reponse;
      if (r) return r;
      // A page never opened, without network: the offline notice, at the address asked for.
      const avis = request.mode === 'navigate' ? await m.lire(cle(adresse(PAGE_HORS_LIGNE))) : undefined;
      return avis ?? Response.error();
    }),
  );
});

sw.addEventListener('message', (e) => {
  const demande = e.data as { type?: string; urls?: unknown; code?: unknown };
  if (demande?.type !== 'garder' || !Array.isArray(demande.urls)) return;
  const urls = demande.urls.filter((u): u is string => typeof u === 'string');
  e.waitUntil(
    (async () => {
      // The page comes from another build than this worker: its update is on the server.
      if (typeof demande.code === 'string' && demande.code !== adresse(code)) void sw.registration.update().catch(() => undefined);
      const gardees = await garder(urls, portee, await magasin(), reseau).catch(() => []);
      e.ports[0]?.postMessage({ gardees });
    })(),
  );
});
