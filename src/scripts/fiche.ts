// Small enhancements of a sheet page: copy a section's link, « ma sélection », and the searched
// words highlighted on arrival from the search (the reference block is ./citer.ts).
import { PARAM_SURLIGNAGE } from '../lib/etat-recherche.ts';
import { brancherBoutonSelection } from './bouton-selection.ts';
import { copier, dire } from './citer.ts';

document.addEventListener('click', (e) => {
  const lien = (e.target as Element).closest<HTMLAnchorElement>('a.lien-section');
  if (!lien) return;
  e.preventDefault();
  history.replaceState(null, '', lien.hash);
  void copier(`${location.origin}${location.pathname}${lien.hash}`, 'Lien de la section copié.');
});

for (const bouton of document.querySelectorAll<HTMLButtonElement>('button[data-selection]')) brancherBoutonSelection(bouton, dire);

if (new URLSearchParams(location.search).has(PARAM_SURLIGNAGE)) {
  const module = `${import.meta.env.BASE_URL}pagefind/pagefind-highlight.js`;
  import(/* @vite-ignore */ module).then(({ default: Surligneur }) => {
    new Surligneur({ highlightParam: PARAM_SURLIGNAGE, markContext: '.texte', addStyles: false });
  });
}
