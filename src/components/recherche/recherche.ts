// <recherche-catalogue>: instant search on /recherche/ with Pagefind's JS API: OR within a facet,
// AND across facets, counts per value, a year range, browsing with an empty query, and the whole
// state in the URL. It enhances the GET form of Recherche.astro.
import { leDernier } from '../../lib/dernier.ts';
import { nombre } from '../../lib/format.ts';
import { entreePour } from '../../lib/sigles.ts';

type EntreeGlossaire = { sigle: string; variantes: string[]; developpe: string; definition: string; ancre: string };
import '../bouton-selection.ts';
import {
  ATTENTE_FRAPPE,
  PAR_PAGE,
  PREMIERS,
  etatDepuisUrl,
  etatVersUrl,
  filtresPagefind,
  type EtatRecherche,
} from '../../lib/etat-recherche.ts';
import { compter, trier, type IndexCatalogue } from '../../lib/filtres.ts';
import type { ComptesPagefind, DonneesPagefind, Pagefind, ResultatPagefind, TriPagefind } from '../../lib/pagefind.ts';
import { motsCherches, motsPleins, rechercher } from '../../lib/moteur.ts';
import { PARAM_SURLIGNAGE } from '../../lib/url.ts';
import { chargerTranches, lireTranches, type Tranches } from '../../lib/tranches.ts';
import type { Vocabulaire } from '../../lib/vocabulaire.ts';

const base = import.meta.env.BASE_URL;

// Two year keys so that sheets without a year come last in both directions (see IndexFiche.astro).
const TRIS: Record<string, TriPagefind> = {
  'annee-desc': { annee: 'desc' },
  'annee-asc': { 'annee-croissante': 'asc' },
  titre: { titre: 'asc' },
};

customElements.define(
  'recherche-catalogue',
  class extends HTMLElement {
    connectedCallback() {
      void demarrer(this);
    }
  },
);

async function demarrer(racine: HTMLElement) {
  const form = racine.querySelector<HTMLFormElement>('form')!;
  const champ = form.querySelector<HTMLInputElement>('#q')!;
  const tri = form.querySelector<HTMLSelectElement>('#tri')!;
  const anneeMin = form.querySelector<HTMLSelectElement>('#annee-min')!;
  const anneeMax = form.querySelector<HTMLSelectElement>('#annee-max')!;
  const statut = form.querySelector<HTMLElement>('#statut')!;
  const liste = form.querySelector<HTMLOListElement>('#resultats')!;
  const plus = form.querySelector<HTMLButtonElement>('#plus')!;
  const facettes = [...form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-facette]')].map((f) => f.dataset.facette!);
  const cases = [...form.querySelectorAll<HTMLInputElement>('fieldset[data-facette] input')];
  for (const e of form.querySelectorAll<HTMLElement>('[data-avec-script]')) e.hidden = false;
  // On a phone the facets come before the results: fold them, so the results are a short scroll away.
  if (matchMedia('(max-width: 56rem)').matches) for (const d of form.querySelectorAll('.facettes details')) d.removeAttribute('open');

  // Listeners are attached while Pagefind loads, so nothing typed in the meantime is lost.
  let annees: string[] = [];
  const pret = (async (): Promise<IndexCatalogue> => {
    const dossier = `${base}pagefind/`;
    // The first module and the list of the index's slices (src/lib/tranches.ts) at once; each other
    // module, the same script at another address, searches its share of the slices in its own worker.
    const importer = (k: number): Promise<Pagefind> => import(/* @vite-ignore */ `${dossier}pagefind.js${k ? `?moteur=${k}` : ''}`);
    const [premier, tranches] = await Promise.all([
      importer(0).catch((e: unknown) => {
        // No index: the development server (`npm run dev`) has none, only a build makes one.
        statut.textContent = import.meta.env.DEV
          ? 'La recherche n’a pas encore d’index : le serveur de développement n’en construit pas. Lancez « npm start » (construction puis aperçu) pour chercher.'
          : 'La recherche est indisponible pour le moment : son index n’a pas pu être chargé. Parcourez les listes ci-dessous ou réessayez plus tard.';
        throw e;
      }),
      lireTranches(dossier).catch((): Tranches => ({ autres: [] })),
    ]);
    const reglages = { baseUrl: base, excerptLength: 24, highlightParam: PARAM_SURLIGNAGE };
    const pf = await chargerTranches(
      (k) => (k ? importer(k) : Promise.resolve(premier)),
      dossier,
      tranches,
      reglages,
      navigator.hardwareConcurrency || 1,
    );
    annees = Object.keys((await pf.filters()).annee ?? {});
    return pf;
  })();
  // The index's words, to correct misspellings: fetched once the index is there, before the first word is typed.
  let vocabulaire: Promise<Vocabulaire | undefined> | undefined;
  const chargerVocabulaire = () =>
    (vocabulaire ??= pret.then(() =>
      fetch(`${base}pagefind/vocabulaire.json`)
        .then((r) => (r.ok ? (r.json() as Promise<Vocabulaire>) : undefined))
        .catch(() => undefined),
    ));
  void pret.then(chargerVocabulaire, () => undefined);
  let resultats: ResultatPagefind[] = [];
  let affiches = 0;
  /** The appending of results, in the order they were asked for. */
  let ajouts = Promise.resolve();
  let tour = 0;

  const lireFormulaire = (): EtatRecherche => ({
    q: champ.value.trim(),
    tri: tri.value,
    filtres: Object.fromEntries(facettes.map((cle) => [cle, cases.filter((c) => c.name === cle && c.checked).map((c) => c.value)])),
    anneeMin: anneeMin.value,
    anneeMax: anneeMax.value,
  });

  const remplirFormulaire = (e: EtatRecherche) => {
    champ.value = e.q;
    tri.value = e.tri;
    anneeMin.value = e.anneeMin;
    anneeMax.value = e.anneeMax;
    for (const c of cases) c.checked = (e.filtres[c.name] ?? []).includes(c.value);
  };

  const actifs = form.querySelector<HTMLElement>('[data-actifs]')!;
  const definition = form.querySelector<HTMLElement>('#definition')!;
  let glossaire: Promise<EntreeGlossaire[]> | undefined;
  /** Shows the glossary's entry when the words are an acronym, one of its forms, or its expansion. */
  async function definir(q: string) {
    glossaire ??= fetch(racine.dataset.glossaire!)
      .then((r) => r.json() as Promise<{ sigles: EntreeGlossaire[] }>)
      .then((g) => g.sigles)
      .catch(() => []);
    const s = entreePour(q, await glossaire);
    definition.hidden = !s;
    if (!s) return;
    const p = document.createElement('p');
    p.append(Object.assign(document.createElement('strong'), { textContent: s.sigle }), ` : ${s.developpe}. ${s.definition} `);
    p.append(Object.assign(document.createElement('a'), { href: `${base}glossaire/#${s.ancre}`, textContent: 'Voir le glossaire' }));
    definition.replaceChildren(p);
  }
  const correction = form.querySelector<HTMLElement>('#correction')!;
  /** « Vouliez-vous dire « … » ? », a link to the corrected search. */
  function proposer(e: EtatRecherche, corrigee: string | undefined) {
    correction.hidden = !corrigee;
    if (!corrigee) return correction.replaceChildren();
    const a = Object.assign(document.createElement('a'), {
      href: etatVersUrl(location.pathname, { ...e, q: corrigee }),
      textContent: `« ${corrigee} »`,
    });
    a.addEventListener('click', (ev) => {
      ev.preventDefault();
      champ.value = corrigee;
      appliquer(false);
      champ.focus();
    });
    correction.replaceChildren('Vouliez-vous dire ', a, ' ?');
  }

  /** One search, dropped at each step where a newer one was asked for meanwhile. */
  async function lancer(e: EtatRecherche) {
    const mon = tour;
    const filtres = Object.values(e.filtres).flat().length + Number(!!e.anneeMin) + Number(!!e.anneeMax);
    actifs.textContent = filtres ? `(${nombre(filtres, 'actif')})` : '';
    void definir(e.q);
    const pagefind = await pret.catch(() => undefined);
    if (!pagefind || mon !== tour) return;
    const options = (sauf?: string) => ({ filters: filtresPagefind(e, annees, sauf) });
    const tri = TRIS[e.tri];
    const reponse = await rechercher(pagefind, e.q, options(), chargerVocabulaire);
    if (mon !== tour) return;
    // Sorted once the results of several searches are merged.
    resultats = tri ? trier(pagefind.table, reponse.resultats, tri) : reponse.resultats;
    affiches = 0;
    ajouts = Promise.resolve(); // the last search's appends, still pending, no longer hold these up
    liste.replaceChildren();
    await afficherSuite(e.q);
    if (mon !== tour) return;
    proposer(e, reponse.correction);
    // Announced once the results are on screen.
    const n = resultats.length;
    const mots = reponse.partiel?.map((m) => `« ${m} »`).join(', ');
    statut.textContent =
      n === 0
        ? 'Aucune pratique ne correspond. Essayez d’autres mots ou retirez un filtre.'
        : mots
          ? `Aucune page ne contient tous ces mots. Résultats pour une partie des mots (${mots}) : ${nombre(n, 'résultat')}.`
          : `${nombre(n, 'résultat')}${e.q ? ` pour « ${reponse.correction ?? e.q} »` : ''}`;
    // The counts once the results are shown: a selected facet's own counts take one more search.
    let comptes: ComptesPagefind =
      reponse.comptes ??
      compter(
        pagefind.table,
        reponse.resultats.map((r) => r.id),
      );
    // OR within a facet: a facet's counts ignore its own selection, so its other values stay reachable.
    if (reponse.comptes)
      await Promise.all(
        facettes
          .filter((cle) => e.filtres[cle]?.length)
          .map(async (cle) => {
            const r = await pagefind.search(e.q ? motsCherches(e.q) : null, options(cle));
            comptes = { ...comptes, [cle]: r.filters[cle] ?? {} };
          }),
      );
    if (mon !== tour) return;
    for (const c of cases) {
      const n = comptes[c.name]?.[c.value] ?? 0;
      c.parentElement!.querySelector('[data-compte]')!.textContent = `(${n})`;
      c.parentElement!.classList.toggle('vide', n === 0 && !c.checked);
    }
  }

  const suivante = leDernier(lancer);
  /** A search asked for: the one running learns it is outdated, the worker answers it next (src/lib/dernier.ts). */
  const chercher = (e: EtatRecherche) => {
    tour++;
    return suivante(e);
  };

  /** Appends the next page of results; resolves once its first few are on screen. */
  async function afficherSuite(q: string) {
    const mon = tour;
    const lot = resultats.slice(affiches, affiches + PAR_PAGE);
    affiches += lot.length;
    plus.hidden = affiches >= resultats.length;
    const premiers = Promise.all(lot.slice(0, PREMIERS).map((r) => r.data()));
    // The rest once the first are fetched, so that these come sooner on a slow network.
    const reste = premiers.then(() => Promise.all(lot.slice(PREMIERS).map((r) => r.data())));
    // Appended in the order asked for: a screen asked for before the last one is complete comes after it.
    const ajouter = (donnees: Promise<DonneesPagefind[]>) =>
      (ajouts = ajouts
        .then(async () => {
          const d = await donnees;
          if (mon === tour) for (const x of d) liste.append(element(x, q)); // else a newer search replaced them
        })
        .catch(() => {}));
    const affichage = ajouter(premiers);
    void ajouter(reste);
    await affichage;
  }

  function element(d: DonneesPagefind, q: string): HTMLLIElement {
    const li = document.createElement('li');
    const article = li.appendChild(document.createElement('article'));
    const a = article.appendChild(document.createElement('h2')).appendChild(document.createElement('a'));
    a.href = d.url;
    a.textContent = d.meta.title ?? d.url;
    const meta = article.appendChild(document.createElement('p'));
    meta.className = 'meta';
    meta.textContent = [d.meta.thematique, d.meta.territoire, d.meta.annee, d.meta.preuve].filter(Boolean).join(' · ');
    const slug = /\/pratiques\/([^/]+)\//.exec(new URL(d.url, location.href).pathname)?.[1];
    if (slug) article.appendChild(document.createElement('bouton-selection')).dataset.fiche = slug;
    const texte = article.appendChild(document.createElement('p'));
    if (!q) {
      texte.textContent = d.meta.resume ?? '';
      return li;
    }
    texte.innerHTML = d.excerpt; // Pagefind escapes the page text and adds only <mark>.
    // Deep links to the sections where the words occur most, the metadata card aside.
    const sous = d.sub_results
      .filter((s) => s.url.includes('#') && !s.url.includes('#en-bref') && s.locations.length > 0)
      .sort((x, y) => y.locations.length - x.locations.length)
      .slice(0, 3);
    if (sous.length) {
      const ul = article.appendChild(document.createElement('ul'));
      ul.className = 'sous-resultats';
      ul.setAttribute('aria-label', 'Sections correspondantes');
      for (const s of sous) {
        const lien = ul.appendChild(document.createElement('li')).appendChild(document.createElement('a'));
        lien.href = s.url;
        lien.textContent = s.title;
      }
    }
    return li;
  }

  const appliquer = (remplacer: boolean) => {
    const e = lireFormulaire();
    const url = etatVersUrl(location.pathname, e);
    if (url !== location.pathname + location.search) history[remplacer ? 'replaceState' : 'pushState'](null, '', url);
    void chercher(e);
  };

  let minuterie: ReturnType<typeof setTimeout> | undefined;
  champ.addEventListener('input', () => {
    clearTimeout(minuterie);
    // The index chunks of the words typed so far load during the pause.
    const mots = motsPleins(champ.value).join(' ');
    if (mots) void pret.then((pf) => pf.preload(mots)).catch(() => undefined);
    minuterie = setTimeout(() => appliquer(true), ATTENTE_FRAPPE);
  });
  form.addEventListener('change', (ev) => {
    if (ev.target !== champ) appliquer(false);
  });
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    appliquer(false);
  });
  form.addEventListener('reset', () => setTimeout(() => appliquer(false)));
  plus.addEventListener('click', () => void afficherSuite(champ.value.trim()));
  addEventListener('popstate', () => {
    const e = etatDepuisUrl(location.search, facettes);
    remplirFormulaire(e);
    void chercher(e);
  });

  const initial = etatDepuisUrl(location.search, facettes);
  if (champ.value.trim() && !initial.q) return appliquer(true); // typed before the script ran
  remplirFormulaire(initial);
  await chercher(initial);
}
