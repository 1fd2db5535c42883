// <ma-selection> on /selection/: list, reorder, print, export and share the sheets a trainer gathered.
import type { Enregistrement } from '../../lib/donnees.ts';
import { deplacer, depuisUrl, ecrireSelection, exporter, lireSelection, urlPartage, type FormatExport } from '../../lib/selection.ts';
import { annoncer, copier } from '../annonce.ts';

customElements.define(
  'ma-selection',
  class extends HTMLElement {
    connectedCallback() {
      void demarrer(this);
    }
  },
);

async function demarrer(racine: HTMLElement) {
  const $ = <T extends HTMLElement>(selecteur: string) => racine.querySelector<T>(selecteur)!;
  const ecran = $<HTMLElement>('#selection');
  const statut = $<HTMLElement>('#selection-statut');
  const liste = $<HTMLOListElement>('#selection-liste');
  const outils = $<HTMLElement>('#selection-outils');
  const adresse = $<HTMLInputElement>('#selection-adresse');
  const impression = $<HTMLElement>('#impression');
  ecran.hidden = false;

  // A shared address rebuilds its selection here, and becomes this browser's selection.
  const partagee = depuisUrl(location.search);
  if (partagee) ecrireSelection(localStorage, partagee);
  const fiches = new Map<string, Enregistrement>();
  for (const e of ((await (await fetch(racine.dataset.api!)).json()) as { pratiques: Enregistrement[] }).pratiques) fiches.set(e.slug, e);
  let slugs = lireSelection(localStorage).filter((s) => fiches.has(s));

  const enregistrer = (nouveaux: string[], message?: string, focus?: string) => {
    slugs = nouveaux;
    ecrireSelection(localStorage, slugs);
    afficher();
    if (message) annoncer(message);
    if (focus) racine.querySelector<HTMLElement>(focus)?.focus();
  };

  function bouton(texte: string, etiquette: string, action: () => void, actif = true) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'bouton-secondaire';
    b.textContent = texte;
    b.setAttribute('aria-label', etiquette);
    b.disabled = !actif;
    b.addEventListener('click', action);
    return b;
  }

  function afficher() {
    liste.replaceChildren();
    const n = slugs.length;
    statut.textContent = n
      ? `${n} fiche${n > 1 ? 's' : ''} dans votre sélection.`
      : 'Votre sélection est vide : ajoutez des fiches avec le bouton « Ajouter à ma sélection » d’une fiche ou de la recherche.';
    outils.hidden = n === 0;
    slugs.forEach((slug, i) => {
      const f = fiches.get(slug)!;
      const li = liste.appendChild(document.createElement('li'));
      li.id = `choix-${slug}`;
      const a = li.appendChild(document.createElement('a'));
      a.href = new URL(f.url).pathname; // this site, wherever it is served; exports keep the canonical URL
      a.textContent = f.titre;
      const boutons = li.appendChild(document.createElement('div'));
      boutons.className = 'boutons';
      boutons.append(
        bouton(
          'Monter',
          `Monter « ${f.titre} »`,
          () => enregistrer(deplacer(slugs, i, -1), `« ${f.titre} » est maintenant en position ${i}.`, `#choix-${slug} button`),
          i > 0,
        ),
        bouton(
          'Descendre',
          `Descendre « ${f.titre} »`,
          () =>
            enregistrer(deplacer(slugs, i, 1), `« ${f.titre} » est maintenant en position ${i + 2}.`, `#choix-${slug} button:nth-child(2)`),
          i < n - 1,
        ),
        bouton('Retirer', `Retirer « ${f.titre} » de la sélection`, () =>
          enregistrer(
            slugs.filter((s) => s !== slug),
            `« ${f.titre} » est retirée de la sélection.`,
            '#selection-liste button',
          ),
        ),
      );
    });
    const choisies = slugs.map((s) => fiches.get(s)!);
    adresse.value = new URL(urlPartage(location.pathname, slugs), location.href).href;
    for (const format of ['markdown', 'html', 'texte'] as FormatExport[]) {
      racine.querySelector<HTMLTextAreaElement>(`#export-${format}`)!.value = exporter(choisies, format);
    }
    if (new URLSearchParams(location.search).has('fiches')) history.replaceState(null, '', urlPartage(location.pathname, slugs));
  }

  for (const b of racine.querySelectorAll<HTMLButtonElement>('[data-copier]')) {
    const champ = racine.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${b.dataset.copier}`)!;
    b.addEventListener('click', () => void copier(champ.value, 'Copié dans le presse-papiers.'));
  }

  /** Puts every selected sheet, in order, into the print-only area. */
  async function preparerImpression() {
    const pages = await Promise.all(
      slugs.map(async (s) =>
        new DOMParser().parseFromString(await (await fetch(new URL(fiches.get(s)!.url).pathname)).text(), 'text/html'),
      ),
    );
    impression.replaceChildren(
      ...pages.map((doc) => {
        const article = doc.querySelector('article.fiche')!;
        for (const e of article.querySelectorAll('.sans-impression, .sommaire, .citer, [aria-labelledby="fiches-liees"]')) e.remove();
        return document.adoptNode(article);
      }),
    );
  }
  racine.querySelector('#selection-imprimer')!.addEventListener('click', async () => {
    await preparerImpression();
    print();
  });
  addEventListener('beforeprint', () => {
    if (!impression.childElementCount) void preparerImpression();
  });

  afficher();
}
