// Announcements and clipboard copies for every page's elements, through the one live region that
// the layout renders (Base.astro, #annonce).
let effacer: ReturnType<typeof setTimeout> | undefined;

/** Tells screen readers, and shows for a few seconds; without the region, stays silent. */
export function annoncer(texte: string) {
  const region = document.getElementById('annonce');
  if (!region) return;
  region.textContent = texte;
  clearTimeout(effacer);
  effacer = setTimeout(() => (region.textContent = ''), 4000);
}

/** Copies `texte` and announces `fait`; if the browser refuses or has no clipboard (plain http), says how to copy by hand. */
export async function copier(texte: string, fait: string) {
  try {
    await navigator.clipboard.writeText(texte);
    annoncer(fait);
  } catch {
    annoncer('La copie a échoué : sélectionnez le texte et copiez-le à la main (Ctrl+C ou ⌘+C).');
  }
}
