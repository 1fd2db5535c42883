// What a page shows on a screen, measured in Chromium: horizontal overflow and touch targets
// (WCAG 2.2 SC 2.5.8, « Target Size (Minimum) »).
import type { Page } from 'playwright-core';

export const TELEPHONES = [320, 360, 390] as const;
/** The phone most tests measure on: 390 × 844 CSS px. */
export const TELEPHONE = { width: 390, height: 844 } as const;
export const CIBLE_MIN = 24;

/** How many CSS px the page is wider than its viewport (0 when it fits). */
export const debordement = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - innerWidth);

/**
 * The targets smaller than 24 × 24 whose 24 px circle meets another target or another such circle,
 * described for a message. Excepted, as the criterion allows: a link inside a sentence, and a target
 * whose destination the page also offers through a link that passes (the map's départements).
 */
export function ciblesTropPetites(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    // Folded content (a closed disclosure) keeps its boxes but is not shown: checkVisibility knows.
    const visible = (e: Element) => e.checkVisibility({ visibilityProperty: true, opacityProperty: false });
    // A checkbox or radio counts with its label: a tap on either ticks it.
    const zone = (e: Element) =>
      (e.matches('input[type=checkbox], input[type=radio]') && (e.closest('label') ?? (e as HTMLInputElement).labels?.[0])) || e;
    const dansUnePhrase = (e: Element) => {
      if (!e.matches('a')) return false;
      const bloc = e.parentElement?.closest('p, li, dd, td, figcaption, blockquote');
      return (
        !!bloc &&
        bloc.textContent!.replace(/\s+/g, ' ').trim().length > e.textContent!.replace(/\s+/g, ' ').trim().length + 1 &&
        !bloc.matches('li:has(> a:only-child)')
      );
    };
    const elements = [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary')].filter(visible);
    const cibles = [...new Set(elements.map(zone))].map((e) => ({ e, r: e.getBoundingClientRect() }));
    const passent = new Set(
      cibles
        .filter(({ r }) => r.width >= min && r.height >= min)
        .map(({ e }) => (e as HTMLAnchorElement).href)
        .filter(Boolean),
    );
    const centre = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
    const touche = (c: { x: number; y: number }, r: DOMRect) => {
      const dx = Math.max(r.left - c.x, 0, c.x - r.right);
      const dy = Math.max(r.top - c.y, 0, c.y - r.bottom);
      return dx * dx + dy * dy < (min / 2) ** 2;
    };
    const petites = cibles.filter(
      ({ e, r }) =>
        (r.width < min || r.height < min) &&
        !dansUnePhrase(e) &&
        !(
          e.closest('svg') &&
          passent.has(
            (e as unknown as SVGAElement).href?.baseVal ? new URL((e as unknown as SVGAElement).href.baseVal, location.href).href : '',
          )
        ),
    );
    return petites
      .filter(({ e, r }) => {
        const c = centre(r);
        return (
          cibles.some((o) => o.e !== e && touche(c, o.r)) ||
          petites.some((o) => o.e !== e && Math.hypot(centre(o.r).x - c.x, centre(o.r).y - c.y) < min)
        );
      })
      .map(
        ({ e, r }) =>
          `${e.tagName.toLowerCase()} « ${(e.textContent ?? '').trim().slice(0, 40) || e.getAttribute('aria-label') || e.id} » ${Math.round(r.width)}×${Math.round(r.height)}`,
      );
  }, CIBLE_MIN);
}
