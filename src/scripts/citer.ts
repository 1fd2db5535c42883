// The « Citer » block: today's date as consultation date, and a button to copy the reference.
// Also the page's announcements (a status region) and clipboard copies, shared by the sheet script.
import { dateFrancaise } from '../lib/format.ts';

const annonce = document.querySelector<HTMLElement>('#annonce')!;
let effacer: ReturnType<typeof setTimeout> | undefined;
export const dire = (texte: string) => {
  annonce.textContent = texte;
  clearTimeout(effacer);
  effacer = setTimeout(() => (annonce.textContent = ''), 4000);
};

export async function copier(texte: string, fait: string) {
  try {
    await navigator.clipboard.writeText(texte);
    dire(fait);
  } catch {
    dire('La copie a échoué : sélectionnez le texte et copiez-le.');
  }
}

const citation = document.querySelector<HTMLElement>('#citation-apa');
if (citation?.dataset.consultation) {
  citation.textContent = citation.textContent!.replace(dateFrancaise(citation.dataset.consultation), dateFrancaise(new Date().toISOString().slice(0, 10)));
}
for (const bouton of document.querySelectorAll<HTMLButtonElement>('[data-copier="citation-apa"]')) {
  bouton.hidden = false;
  bouton.addEventListener('click', () => void copier(citation!.textContent!, 'Référence copiée.'));
}
