// <lien-comparer>: a link to the comparison of the selection, while it can be compared.
import { comparable, urlComparaison } from '../../lib/comparaison.ts';
import { nombre } from '../../lib/format.ts';
import { CHANGEMENT_SELECTION, lireSelection } from '../../lib/selection.ts';

customElements.define(
  'lien-comparer',
  class extends HTMLElement {
    #suivre = () => this.afficher();

    connectedCallback() {
      this.afficher();
      document.addEventListener(CHANGEMENT_SELECTION, this.#suivre);
      addEventListener('storage', this.#suivre); // another tab
    }

    disconnectedCallback() {
      document.removeEventListener(CHANGEMENT_SELECTION, this.#suivre);
      removeEventListener('storage', this.#suivre);
    }

    afficher() {
      const slugs = lireSelection(localStorage);
      const p = this.querySelector('p')!;
      p.hidden = !comparable(slugs);
      if (p.hidden) return;
      const lien = p.querySelector('a')!;
      lien.href = urlComparaison(lien.pathname, slugs); // the comparison page's address, its query replaced
      p.querySelector('span')!.textContent = `(${nombre(slugs.length, 'fiche')}, côte à côte)`;
    }
  },
);
