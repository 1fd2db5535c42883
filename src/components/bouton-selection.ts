// <bouton-selection data-fiche="slug">: the « Ajouter à ma sélection » toggle, kept in localStorage.
// On a sheet it upgrades the hidden button of BoutonSelection.astro; in a search result it arrives
// empty and makes its own.
import { basculer, CHANGEMENT_SELECTION, lireSelection } from '../lib/selection.ts';
import { annoncer } from './annonce.ts';

class BoutonSelection extends HTMLElement {
  constructor() {
    super();
    this.addEventListener('click', (e) => {
      if (!(e.target as Element).closest('button')) return;
      const choisie = basculer(localStorage, this.dataset.fiche!);
      this.afficher(choisie);
      annoncer(choisie ? 'Fiche ajoutée à votre sélection.' : 'Fiche retirée de votre sélection.');
      document.dispatchEvent(new Event(CHANGEMENT_SELECTION));
    });
  }

  connectedCallback() {
    this.afficher(lireSelection(localStorage).includes(this.dataset.fiche!));
  }

  private afficher(choisie: boolean) {
    const bouton =
      this.querySelector('button') ??
      this.appendChild(Object.assign(document.createElement('button'), { type: 'button', className: 'bouton-secondaire' }));
    bouton.setAttribute('aria-pressed', String(choisie));
    bouton.textContent = choisie ? 'Dans ma sélection ✓' : 'Ajouter à ma sélection';
    bouton.hidden = false;
  }
}

customElements.define('bouton-selection', BoutonSelection);
