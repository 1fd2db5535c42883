// An « Ajouter à ma sélection » toggle button, on a sheet or a search result.
import { basculer, lireSelection } from '../lib/selection.ts';

export function brancherBoutonSelection(bouton: HTMLButtonElement, dire: (texte: string) => void) {
  const slug = bouton.dataset.selection!;
  const afficher = (choisie: boolean) => {
    bouton.setAttribute('aria-pressed', String(choisie));
    bouton.textContent = choisie ? 'Dans ma sélection ✓' : 'Ajouter à ma sélection';
  };
  afficher(lireSelection(localStorage).includes(slug));
  bouton.hidden = false;
  bouton.addEventListener('click', () => {
    const choisie = basculer(localStorage, slug);
    afficher(choisie);
    dire(choisie ? 'Fiche ajoutée à votre sélection.' : 'Fiche retirée de votre sélection.');
  });
}
