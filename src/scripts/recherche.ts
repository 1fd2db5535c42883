// Instant search on /recherche/ with Pagefind's JS API: OR within a facet, AND across facets,
// counts per value, browsing with an empty query, and the whole state in the URL.
import { etatDepuisUrl, etatVersUrl, filtresPagefind, type EtatRecherche } from '../lib/etat-recherche.ts';

interface Resultat {
  id: string;
  data(): Promise<{
    url: string;
    excerpt: string;
    meta: Record<string, string>;
    sub_results: { url: string; title: string; excerpt: string; locations: number[] }[];
  }>;
}
interface Reponse { results: Resultat[]; filters: Record<string, Record<string, number>> }
interface Pagefind {
  options(o: object): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string | null, o?: object): Promise<Reponse | null>;
}

const PAR_PAGE = 20;
const base = import.meta.env.BASE_URL;

export async function demarrer() {
  const form = document.querySelector<HTMLFormElement>('#recherche')!;
  const champ = form.querySelector<HTMLInputElement>('#q')!;
  const tri = form.querySelector<HTMLSelectElement>('#tri')!;
  const statut = document.querySelector<HTMLElement>('#statut')!;
  const liste = document.querySelector<HTMLOListElement>('#resultats')!;
  const plus = document.querySelector<HTMLButtonElement>('#plus')!;
  const facettes = [...form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-facette]')].map((f) => f.dataset.facette!);

  // Listeners are attached while Pagefind loads, so nothing typed in the meantime is lost.
  const pret = (async (): Promise<Pagefind> => {
    const pf: Pagefind = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
    await pf.options({ baseUrl: base, excerptLength: 24 });
    await pf.filters(); // loads the filter index, without which results carry no counts
    return pf;
  })();

  let resultats: Resultat[] = [];
  let affiches = 0;
  let tour = 0;

  const lireFormulaire = (): EtatRecherche => ({
    q: champ.value.trim(),
    tri: tri.value,
    filtres: Object.fromEntries(
      facettes.map((cle) => [cle, [...form.querySelectorAll<HTMLInputElement>(`input[name="${cle}"]:checked`)].map((c) => c.value)]),
    ),
  });

  const remplirFormulaire = (e: EtatRecherche) => {
    champ.value = e.q;
    tri.value = e.tri;
    for (const c of form.querySelectorAll<HTMLInputElement>('fieldset[data-facette] input')) {
      c.checked = (e.filtres[c.name] ?? []).includes(c.value);
    }
  };

  async function chercher(e: EtatRecherche) {
    const mon = ++tour;
    const pagefind = await pret;
    const options = (sauf?: string) => ({ filters: filtresPagefind(e, sauf), sort: triPagefind(e.tri) });
    const reponse = await pagefind.search(e.q || null, options());
    if (!reponse || mon !== tour) return;
    // OR within a facet: a facet's counts ignore its own selection, so other values stay reachable.
    const comptes = { ...reponse.filters };
    await Promise.all(
      facettes.filter((cle) => e.filtres[cle]?.length).map(async (cle) => {
        const r = await pagefind.search(e.q || null, options(cle));
        if (r) comptes[cle] = r.filters[cle] ?? {};
      }),
    );
    if (mon !== tour) return;
    afficherComptes(comptes);
    resultats = reponse.results;
    affiches = 0;
    liste.replaceChildren();
    const n = resultats.length;
    statut.textContent = n === 0
      ? 'Aucune pratique ne correspond. Essayez d’autres mots ou retirez un filtre.'
      : `${n} résultat${n > 1 ? 's' : ''}${e.q ? ` pour « ${e.q} »` : ''}`;
    await afficherSuite(e.q);
  }

  function afficherComptes(comptes: Record<string, Record<string, number>>) {
    for (const c of form.querySelectorAll<HTMLInputElement>('fieldset[data-facette] input')) {
      const n = comptes[c.name]?.[c.value] ?? 0;
      const span = c.parentElement!.querySelector<HTMLElement>('[data-compte]')!;
      span.textContent = `(${n})`;
      c.parentElement!.classList.toggle('vide', n === 0 && !c.checked);
    }
  }

  async function afficherSuite(q: string) {
    const lot = resultats.slice(affiches, affiches + PAR_PAGE);
    affiches += lot.length;
    const donnees = await Promise.all(lot.map((r) => r.data()));
    for (const d of donnees) liste.append(element(d, q));
    plus.hidden = affiches >= resultats.length;
  }

  const triPagefind = (t: string) =>
    t === 'annee-desc' ? { annee: 'desc' } : t === 'annee-asc' ? { annee: 'asc' } : t === 'titre' ? { titre: 'asc' } : undefined;

  function element(d: Awaited<ReturnType<Resultat['data']>>, q: string): HTMLLIElement {
    const li = document.createElement('li');
    const article = li.appendChild(document.createElement('article'));
    const h2 = article.appendChild(document.createElement('h2'));
    const a = h2.appendChild(document.createElement('a'));
    a.href = d.url;
    a.textContent = d.meta.title ?? d.url;
    const meta = article.appendChild(document.createElement('p'));
    meta.className = 'meta';
    meta.textContent = [d.meta.thematique, d.meta.territoire, d.meta.annee].filter(Boolean).join(' · ');
    if (q) {
      const extrait = article.appendChild(document.createElement('p'));
      extrait.innerHTML = d.excerpt; // Pagefind escapes the text and adds only <mark>.
      // Deep links to the sections where the words occur most, the metadata card aside.
      const sous = d.sub_results
        .filter((s) => s.url.includes('#') && !s.url.endsWith('#carte-titre') && s.locations.length > 0)
        .sort((a, b) => b.locations.length - a.locations.length)
        .slice(0, 3);
      if (sous.length) {
        const ul = article.appendChild(document.createElement('ul'));
        ul.className = 'sous-resultats';
        for (const s of sous) {
          const lien = ul.appendChild(document.createElement('li')).appendChild(document.createElement('a'));
          lien.href = s.url;
          lien.textContent = s.title;
        }
      }
    } else {
      const resume = article.appendChild(document.createElement('p'));
      resume.textContent = d.meta.resume ?? '';
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
    minuterie = setTimeout(() => appliquer(true), 120);
  });
  form.addEventListener('change', (ev) => { if (ev.target !== champ) appliquer(false); });
  form.addEventListener('submit', (ev) => { ev.preventDefault(); appliquer(false); });
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
