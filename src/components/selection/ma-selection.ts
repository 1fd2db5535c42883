// <ma-selection> on /selection/: list, reorder, print, export (copy or download) and share the sheets a trainer gathered;
// receive a shared selection without losing one's own.
import { nombre } from '../../lib/format.ts';
import type { Enregistrement } from '../../lib/donnees.ts';
import { ecrireSelection, lireSelection } from '../../lib/selection.ts';
import {
  accueillir,
  deplacer,
  depuisUrl,
  exporter,
  fusionner,
  sansPartage,
  urlPartage,
  type FormatExport,
} from '../../lib/selection-page.ts';
import type { FormatFichier } from '../../lib/exports.ts';
import { comparable, MAX_COMPARAISON, MIN_COMPARAISON, urlComparaison } from '../../lib/comparaison.ts';
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
  const partage = $<HTMLElement>('#partage');
  titreCourant(document.title);

  const catalogue = new Map<string, Enregistrement>();
  for (const e of ((await (await fetch(racine.dataset.api!)).json()) as { pratiques: Enregistrement[] }).pratiques)
    catalogue.set(e.slug, e);
  const connue = (s: string) => catalogue.has(s);
  const impression = feuilles($<HTMLElement>('#impression'), catalogue);
  let slugs = lireSelection(localStorage).filter(connue);

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

  /** A list item linking to a sheet on this site, wherever it is served (exports keep the canonical URL). */
  function lien(slug: string) {
    const f = catalogue.get(slug)!;
    const li = document.createElement('li');
    const a = li.appendChild(document.createElement('a'));
    a.href = new URL(f.url).pathname;
    a.textContent = f.titre;
    return li;
  }

  /** The receiver's own selection, editable, with its tools; the printable sheets follow it. */
  function afficher() {
    partage.hidden = true;
    ecran.hidden = false;
    liste.replaceChildren();
    const n = slugs.length;
    statut.textContent = n
      ? `${nombre(n, 'fiche')} dans votre sélection.`
      : 'Votre sélection est vide : ajoutez des fiches avec le bouton « Ajouter à ma sélection » d’une fiche ou de la recherche.';
    outils.hidden = n === 0;
    slugs.forEach((slug, i) => {
      const f = catalogue.get(slug)!;
      const li = liste.appendChild(lien(slug));
      li.id = `choix-${slug}`;
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
    const comparer = $<HTMLAnchorElement>('#selection-comparer');
    if (comparable(slugs)) comparer.href = urlComparaison(racine.dataset.comparer!, slugs);
    else comparer.removeAttribute('href');
    $<HTMLElement>('#selection-comparer-aide').textContent = comparable(slugs)
      ? `: ces ${n} fiches côte à côte, dans cet ordre.`
      : `: la comparaison met côte à côte de ${MIN_COMPARAISON} à ${MAX_COMPARAISON} fiches ; votre sélection en compte ${n}.`;
    const choisies = slugs.map((s) => catalogue.get(s)!);
    adresse.value = new URL(urlPartage(location.pathname, slugs), location.href).href;
    for (const format of ['markdown', 'html', 'texte'] as FormatExport[]) {
      racine.querySelector<HTMLTextAreaElement>(`#export-${format}`)!.value = exporter(choisies, format);
    }
    void impression.preparer(slugs);
  }

  /** A shared list that differs from the receiver's: shown read-only until they replace or add. */
  function proposer(partagees: string[]) {
    ecran.hidden = true;
    partage.hidden = false;
    $<HTMLElement>('#partage-statut').textContent =
      `Cette adresse partage une sélection de ${nombre(partagees.length, 'fiche')}. Votre sélection, dans ce navigateur, en compte ${slugs.length} : ` +
      'elle ne change pas tant que vous n’avez pas choisi.';
    $<HTMLOListElement>('#partage-liste').replaceChildren(...partagees.map(lien));
    $<HTMLElement>('#partage-miennes-titre').textContent = `Voir ma sélection (${nombre(slugs.length, 'fiche')})`;
    $<HTMLOListElement>('#partage-miennes').replaceChildren(...slugs.map(lien));
    // Printing now gives what is on screen: the shared sheets.
    void impression.preparer(partagees);
    const choisir = (nouveaux: string[], message: string) => {
      oublierPartage();
      enregistrer(nouveaux, message, '#selection-statut');
    };
    $<HTMLButtonElement>('#partage-remplacer').onclick = () =>
      choisir(partagees, `Votre sélection est remplacée par la sélection partagée : ${nombre(partagees.length, 'fiche')}.`);
    $<HTMLButtonElement>('#partage-ajouter').onclick = () => {
      const union = fusionner(slugs, partagees);
      const ajoutees = union.length - slugs.length;
      choisir(
        union,
        ajoutees
          ? `${nombre(ajoutees, 'fiche')} ajoutée${ajoutees > 1 ? 's' : ''} à votre sélection, qui en compte maintenant ${union.length}.`
          : 'Les fiches partagées étaient déjà toutes dans votre sélection : elle n’a pas changé.',
      );
    };
  }

  // Once dealt with, the shared list leaves the address: reloading does not ask again.
  const oublierPartage = () => history.replaceState(history.state, '', sansPartage(location.href));

  const partagees = depuisUrl(location.search)?.filter(connue);
  switch (accueillir(slugs, partagees)) {
    case 'choisir':
      proposer(partagees!);
      break;
    case 'adopter':
      oublierPartage();
      enregistrer(partagees!);
      statut.textContent = `Vous n’aviez pas encore de sélection dans ce navigateur : la sélection partagée, de ${nombre(partagees!.length, 'fiche')}, est maintenant la vôtre.`;
      annoncer(statut.textContent);
      break;
    case 'identique':
      oublierPartage();
      afficher();
      annoncer('Cette sélection partagée est déjà la vôtre.');
      break;
    case 'sans-partage':
      afficher();
      if (partagees) {
        oublierPartage();
        annoncer('Cette adresse ne partage aucune fiche du catalogue : votre sélection n’a pas changé.');
      }
  }

  for (const b of racine.querySelectorAll<HTMLButtonElement>('[data-copier]')) {
    const champ = racine.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${b.dataset.copier}`)!;
    b.addEventListener('click', () => void copier(champ.value, 'Copié dans le presse-papiers.'));
  }
  for (const e of racine.querySelectorAll<HTMLElement>('[data-avec-script]')) e.hidden = false;
  for (const b of racine.querySelectorAll<HTMLButtonElement>('[data-telecharger]'))
    b.addEventListener('click', async () => {
      // The files' code (and its zip library) loads on the first download only.
      const { contenu, FICHIERS, nomFichier } = await import('../../lib/exports.ts');
      const format = b.dataset.telecharger as FormatFichier;
      const nom = nomFichier(format);
      telecharger(
        new Blob(
          [
            contenu(
              slugs.map((s) => catalogue.get(s)!),
              format,
            ) as BlobPart,
          ],
          { type: FICHIERS[format].type },
        ),
        nom,
      );
      annoncer(`Fichier « ${nom} » téléchargé : ${nombre(slugs.length, 'fiche')}.`);
    });
  racine.querySelector('#selection-imprimer')!.addEventListener('click', async () => {
    await impression.pret();
    print();
  });
}

/**
 * The print-only area, kept ready: each listed sheet as its own page prints it (its article, and its
 * print footer with its URL, QR code and licence), fetched once from the sheet's normal address with
 * the page's stylesheets (for print only). The area is complete before any print, so that the
 * browser's own print command (Ctrl+P), which does not wait for scripts, gets every sheet; it carries
 * `data-pret` when it matches the latest list.
 */
function feuilles(zone: HTMLElement, catalogue: ReadonlyMap<string, Enregistrement>) {
  const pages = new Map<string, Promise<HTMLElement>>();
  let tour = 0;
  let dernier = Promise.resolve();

  async function charger(slug: string): Promise<HTMLElement> {
    const f = catalogue.get(slug)!;
    const url = new URL(new URL(f.url).pathname, location.href);
    try {
      const reponse = await fetch(url);
      if (!reponse.ok) throw new Error(String(reponse.status));
      const doc = new DOMParser().parseFromString(await reponse.text(), 'text/html');
      const article = doc.querySelector<HTMLElement>('article.fiche');
      if (!article) throw new Error('article.fiche');
      for (const e of article.querySelectorAll('.sans-impression, .sommaire, .citer, [aria-labelledby="fiches-liees"]')) e.remove();
      const pied = doc.querySelector('footer.impression-seule');
      if (pied) article.append(pied);
      prefixerIds(article, `${slug}--`);
      await Promise.all(
        [...doc.querySelectorAll('link[rel="stylesheet"]')].map((l) => feuilleDeStyle(new URL(l.getAttribute('href')!, url))),
      );
      return document.adoptNode(article);
    } catch {
      // Not cached: the next change of the list tries again.
      pages.delete(slug);
      const article = document.createElement('article');
      article.className = 'fiche';
      const h1 = article.appendChild(document.createElement('h1'));
      h1.textContent = f.titre;
      article.appendChild(document.createElement('p')).textContent = `Fiche indisponible pour l’instant : imprimez-la depuis ${f.url}`;
      return article;
    }
  }

  return {
    /** Fills the area with these sheets, in this order. */
    preparer(slugs: readonly string[]) {
      const n = ++tour;
      delete zone.dataset.pret;
      dernier = Promise.all(
        slugs.map((s) => {
          if (!pages.has(s)) pages.set(s, charger(s));
          return pages.get(s)!;
        }),
      ).then((articles) => {
        if (n !== tour) return;
        const vide = Object.assign(document.createElement('p'), { textContent: 'Votre sélection est vide.' });
        zone.replaceChildren(...(articles.length ? articles : [vide]));
        zone.dataset.pret = '';
      });
      return dernier;
    },
    /** Resolves once the area matches the latest list. */
    async pret() {
      let attendu;
      do await (attendu = dernier);
      while (attendu !== dernier);
    },
  };
}

/** Several sheets on one page: their ids (and what points to them) made unique. */
function prefixerIds(racine: Element, prefixe: string) {
  for (const e of racine.querySelectorAll('[id]')) e.id = prefixe + e.id;
  for (const attribut of ['aria-labelledby', 'aria-describedby', 'aria-controls', 'for', 'headers'])
    for (const e of racine.querySelectorAll(`[${attribut}]`))
      e.setAttribute(
        attribut,
        e
          .getAttribute(attribut)!
          .split(/\s+/)
          .map((id) => prefixe + id)
          .join(' '),
      );
  for (const a of racine.querySelectorAll('a[href^="#"]')) a.setAttribute('href', `#${prefixe}${a.getAttribute('href')!.slice(1)}`);
}

const chargees = new Map<string, Promise<void>>();
/** A stylesheet of the sheets' pages, added once unless this page has it, for print only (their rules are scoped to their components). */
function feuilleDeStyle({ href }: URL): Promise<void> {
  if (!chargees.has(href))
    chargees.set(
      href,
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].some((l) => l.href === href)
        ? Promise.resolve()
        : new Promise((ok) => {
            const lien = Object.assign(document.createElement('link'), { rel: 'stylesheet', media: 'print', href });
            lien.onload = lien.onerror = () => ok();
            document.head.append(lien);
          }),
    );
  return chargees.get(href)!;
}

/** Saves a file made in the page, as a link with `download` would. */
function telecharger(fichier: Blob, nom: string) {
  const a = Object.assign(document.createElement('a'), { href: URL.createObjectURL(fichier), download: nom });
  a.click();
  // The browser reads the file after the click returns: the address is freed once it surely has.
  setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
}

/** The running title of the printed pages: this page's title, at the top of each one. */
function titreCourant(titre: string) {
  const feuille = new CSSStyleSheet();
  feuille.replaceSync(`@page { @top-left { content: "${titre.replace(/["\\]/g, '\\$&')}"; font-size: 9pt; } }`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, feuille];
}
