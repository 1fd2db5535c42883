// Registers the service worker (sw.js, at the root of the site: its scope is the whole site), once the
// page has loaded, so that its downloads never slow the page down; then asks it to keep this page and
// the sheets of « Ma sélection », and marks <html data-hors-ligne="pret"> once they are kept.
// Without service workers (an old browser, plain http, a refusal) the site works as before, online.
import { lireSelection } from '../../lib/selection.ts';
import { hrefFiche } from '../../lib/url.ts';
// The worker's code as this build made it: Vite bundles it, as one classic script under _astro/, because
// it is imported here; the build's sw.js loads it (src/integrations/hors-ligne.ts). A worker of another
// build, told so, looks for its update.
import code from './service-worker.ts?worker&url';

const base = import.meta.env.BASE_URL;

/** Sends a request to the worker and waits for its answer. */
function demander(travailleur: ServiceWorker, message: object) {
  return new Promise<unknown>((ok) => {
    const canal = new MessageChannel();
    canal.port1.onmessage = (e) => ok(e.data);
    travailleur.postMessage(message, [canal.port2]);
  });
}

const selection = () => {
  try {
    return lireSelection(localStorage).map((slug) => new URL(hrefFiche(slug), location.href).href);
  } catch {
    return []; // storage refused
  }
};

async function enregistrer() {
  // `astro dev` writes no sw.js: the worker exists only in a build.
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  try {
    await navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
    const { active } = await navigator.serviceWorker.ready;
    if (!active) return;
    await demander(active, { type: 'garder', urls: [location.href, ...selection()], code: new URL(code, location.href).href });
    document.documentElement.dataset.horsLigne = 'pret';
  } catch {
    // Reading without network is an extra: nothing else depends on it.
  }
}

if (document.readyState === 'complete') void enregistrer();
else addEventListener('load', () => void enregistrer(), { once: true });
