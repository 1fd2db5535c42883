// The search-speed part of the bench: queries typed on /recherche/ in Chromium, the time from the
// keystroke to the first results shown and the bytes each query loads, then from a facet ticked to its results.
import { lancerNavigateur, servir } from '../../tests/support/navigateur.ts';

export const REQUETES = ['famille', 'aller-vers', 'pouvoir d’agir', 'jeunes', 'maraude', 'formation des professionnels'];

/** Between two keys when a query is typed: a quick reader's pace. */
export const ENTRE_TOUCHES = 150;

const median = (l: number[]) => l.toSorted((a, b) => a - b)[Math.floor(l.length / 2)]!;

export async function mesurerRecherche(sortie: string) {
  const site = await servir(sortie);
  const navigateur = await lancerNavigateur();
  // Without the service worker: its downloads for reading offline would count as the queries' bytes.
  const page = await navigateur.newPage({ serviceWorkers: 'block' });
  await page.goto(`${site.url}recherche/`);
  await page.locator('#resultats li').first().waitFor({ timeout: 60_000 });
  const temps: number[] = [];
  const octets: number[] = [];
  const affiner: number[] = [];
  /** Types `mot` on the page; resolves with the time until its results are announced. */
  const taper = (mot: string) =>
    page.evaluate(async (mot) => {
      const champ = document.querySelector<HTMLInputElement>('#q')!;
      const statut = document.querySelector('#statut')!;
      const debut = performance.now();
      champ.value = mot;
      champ.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise<void>((ok) => {
        const fini = () => statut.textContent!.includes(`« ${mot} »`) || statut.textContent!.startsWith('Aucune');
        if (fini()) return ok();
        new MutationObserver((_, o) => {
          if (fini()) {
            o.disconnect();
            ok();
          }
        }).observe(statut, { childList: true, characterData: true, subtree: true });
      });
      return performance.now() - debut;
    }, mot);
  /** Ticks (or unticks) the first facet value that has results; resolves with the time until they are announced. */
  const cocher = (coche: boolean) =>
    page.evaluate(async (coche) => {
      const statut = document.querySelector('#statut')!;
      const c = document.querySelector<HTMLInputElement>(`fieldset[data-facette] ${coche ? '.option:not(.vide) input' : 'input:checked'}`)!;
      const avant = statut.textContent;
      const debut = performance.now();
      c.checked = coche;
      c.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise<void>((ok) =>
        new MutationObserver((_, o) => {
          if (statut.textContent !== avant) {
            o.disconnect();
            ok();
          }
        }).observe(statut, { childList: true, characterData: true, subtree: true }),
      );
      return performance.now() - debut;
    }, coche);
  for (const q of REQUETES) {
    const avant = site.octets();
    temps.push(await taper(q));
    await page.waitForTimeout(200); // lets the rest of the first page of results arrive
    octets.push(site.octets() - avant);
  }
  // Then, in a second pass so that neither measure waits behind the other's remaining work, a facet
  // ticked on each query's results, as a reader narrows them: the index chunks are loaded, the search reruns.
  for (const q of REQUETES) {
    await taper(q);
    await page.waitForTimeout(1000);
    affiner.push(await cocher(true));
    await page.waitForTimeout(1000);
    await cocher(false);
  }
  // Last, each query typed key by key at a reader's pace: the index chunks of the words so far load
  // between keys, a search runs at each pause; the time from the last key to its results.
  const tapees: number[] = [];
  for (const q of REQUETES) {
    await page.locator('#q').fill('');
    await page.waitForTimeout(1500);
    await page.evaluate((mot) => {
      const champ = document.querySelector<HTMLInputElement>('#q')!;
      const statut = document.querySelector('#statut')!;
      let derniere = 0;
      const touche = () => (derniere = performance.now());
      champ.addEventListener('input', touche);
      (window as unknown as { fin: Promise<number> }).fin = new Promise<number>((ok) =>
        new MutationObserver((_, o) => {
          if (champ.value === mot && statut.textContent!.includes(`« ${mot} »`)) {
            o.disconnect();
            champ.removeEventListener('input', touche);
            ok(performance.now() - derniere);
          }
        }).observe(statut, { childList: true, characterData: true, subtree: true }),
      );
    }, q);
    await page.locator('#q').pressSequentially(q, { delay: ENTRE_TOUCHES });
    tapees.push(await page.evaluate(() => (window as unknown as { fin: Promise<number> }).fin));
  }
  await navigateur.close();
  await site.fermer();
  return {
    medianeMs: median(temps),
    maxMs: Math.max(...temps),
    octetsMoyens: octets.reduce((a, b) => a + b, 0) / octets.length,
    facetteMs: median(affiner),
    tapeeMs: median(tapees),
  };
}
