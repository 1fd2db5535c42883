// <avis-hors-ligne> on the offline notice (AvisHorsLigne.astro): names the address the reader asked
// for, lists the pages kept on this device (read from the service worker's caches, titled by their
// own <h1>), and offers to try again once the network is back.
import { cachesDe, PAGE_HORS_LIGNE, pagesGardees, PAGES_COQUILLE, relatif } from '../../lib/hors-ligne.ts';

const alpha = new Intl.Collator('fr', { sensitivity: 'base' });

/** The kept pages outside the application shell, with their titles, sorted. */
async function pagesDeLAppareil(portee: string): Promise<{ url: string; titre: string }[]> {
  const urls = new Set<string>();
  for (const nom of cachesDe(await caches.keys(), portee)) for (const r of await (await caches.open(nom)).keys()) urls.add(r.url);
  const pages = pagesGardees([...urls].map((u) => relatif(u, portee) ?? '')).filter((p) => !PAGES_COQUILLE.includes(p));
  const lues = await Promise.all(
    pages.map(async (p) => {
      const url = new URL(p, portee).href;
      const texte = await (await caches.match(url))?.text();
      const titre = texte && new DOMParser().parseFromString(texte, 'text/html').querySelector('h1')?.textContent?.trim();
      return { url, titre: titre || decodeURIComponent(new URL(url).pathname) };
    }),
  );
  return lues.sort((a, b) => alpha.compare(a.titre, b.titre));
}

customElements.define(
  'avis-hors-ligne',
  class extends HTMLElement {
    connectedCallback() {
      const portee = new URL(this.dataset.base!, location.href).href;
      // Served at the address asked for: name it, and let the reader try again.
      if (new URL(location.href).pathname !== new URL(PAGE_HORS_LIGNE, portee).pathname) {
        const demandee = this.querySelector<HTMLElement>('[data-demandee]')!;
        demandee.querySelector('code')!.textContent = decodeURIComponent(location.pathname);
        demandee.hidden = false;
        const reessayer = this.querySelector<HTMLElement>('[data-reessayer]')!;
        reessayer.hidden = false;
        reessayer.querySelector('button')!.addEventListener('click', () => location.reload());
      }
      if ('caches' in window) void this.lister(portee);
    }

    private async lister(portee: string) {
      const pages = await pagesDeLAppareil(portee).catch(() => []);
      if (!pages.length) return;
      const section = this.querySelector<HTMLElement>('[data-gardees]')!;
      section.querySelector('ul')!.replaceChildren(
        ...pages.map(({ url, titre }) => {
          const li = document.createElement('li');
          const a = li.appendChild(document.createElement('a'));
          a.href = new URL(url).pathname;
          a.textContent = titre;
          return li;
        }),
      );
      section.hidden = false;
    }
  },
);
