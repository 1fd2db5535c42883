// Lighthouse scores of a few pages of a built site, with the headless Chromium the tests use.
import chromium from '@sparticuz/chromium';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { servir } from '../../tests/support/navigateur.ts';
import { REGLAGES } from '../../src/lib/env-fs.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Scores = Record<(typeof CATEGORIES)[number], number> & { remarques: string[] };

export async function scoresLighthouse(dossier: string, pages: Record<string, string>): Promise<Record<string, Scores>> {
  const site = await servir(dossier);
  const chrome = await launch({
    chromePath: REGLAGES.chromium ?? (await chromium.executablePath()),
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  const resultats: Record<string, Scores> = {};
  try {
    for (const [nom, chemin] of Object.entries(pages)) {
      const r = await lighthouse(site.url + chemin, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      const lhr = r!.lhr;
      const note = (c: (typeof CATEGORIES)[number]) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
      const scores: Scores = {
        performance: note('performance'),
        accessibility: note('accessibility'),
        'best-practices': note('best-practices'),
        seo: note('seo'),
        remarques: [],
      };
      // What cost points in a category under 100, to explain the shortfall.
      scores.remarques = CATEGORIES.filter((c) => scores[c] < 100).flatMap((c) =>
        lhr.categories[c]!.auditRefs.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1).map(
          (ref) => `${c} : ${lhr.audits[ref.id]!.title}`,
        ),
      );
      resultats[nom] = scores;
    }
  } finally {
    chrome.kill();
    await site.fermer();
  }
  return resultats;
}
