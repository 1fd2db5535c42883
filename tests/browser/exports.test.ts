// « Ma sélection » downloaded as files in Chromium, at the root and under a sub-path: each file read back
// as its user's tool would (Markdown, an HTML parser, a spreadsheet's CSV parser, an LMS unzipping the
// .imscc package), every link the sheet's absolute address under the build's SITE.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { parse } from 'node-html-parser';
import { test } from '../support/test-navigateur.ts';
import { fiches } from '../support/catalogue.ts';
import { DIST, SITE } from '../support/site.ts';
import { BASE_SOUS_CHEMIN, SITE_SOUS_CHEMIN } from '../support/sous-chemin.ts';
import { COLONNES } from '../../src/lib/donnees.ts';

// Three sheets in an order of the user's: the last of the catalogue, the first, one in between.
if (fiches.length < 3) throw new Error('il faut au moins trois fiches pour composer une sélection dans un ordre à soi');
const choisies = [fiches.at(-1)!, fiches[0]!, fiches[Math.floor(fiches.length / 2)]!];
const BOUTONS = {
  markdown: 'Markdown (.md)',
  html: 'Page web (.html)',
  csv: 'Tableur (.csv)',
  imscc: 'Moodle et autres plateformes (.imscc)',
};

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  isArray: (n) => ['item', 'resource', 'file'].includes(n),
});

/** Clicks a download button; the file's name and bytes, and what the page announced. */
async function telecharger(page: Page, bouton: string) {
  const [fichier] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: bouton }).click()]);
  const octets = readFileSync((await fichier.path())!);
  await expect.poll(() => page.locator('#annonce').textContent()).toBe(`Fichier « ${fichier.suggestedFilename()} » téléchargé : 3 fiches.`);
  return { nom: fichier.suggestedFilename(), octets, texte: octets.toString('utf8') };
}

describe.each([
  ['à la racine', DIST, '/'],
  ['sous un sous-chemin', SITE_SOUS_CHEMIN, BASE_SOUS_CHEMIN],
])('exporter sa sélection en fichiers, site construit %s', (_, dossier, base) => {
  const adresse = (slug: string) => new URL(`${base}pratiques/${slug}/`, SITE).href;
  const titres = choisies.map((f) => f.data.titre);

  test('chaque bouton télécharge un fichier de la sélection, dans son ordre, avec les adresses publiques des fiches', async ({
    page,
    site,
    siteSousChemin,
  }) => {
    const url = base === '/' ? site.url : siteSousChemin.url;
    // Making the files breaks none of the page's Content-Security-Policy (no eval, however they are bundled).
    await page.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    for (const f of choisies) {
      await page.goto(`${url}pratiques/${f.id}/`);
      await page.getByRole('button', { name: 'Ajouter à ma sélection' }).click();
    }
    await page.goto(`${url}selection/`);
    await expect.poll(() => page.locator('#selection-liste > li > a').allTextContents()).toEqual(titres);

    // Real buttons, large enough to hit.
    for (const nom of Object.values(BOUTONS)) {
      const boite = (await page.getByRole('button', { name: nom }).boundingBox())!;
      expect(Math.min(boite.width, boite.height), nom).toBeGreaterThanOrEqual(24);
    }

    const md = await telecharger(page, BOUTONS.markdown);
    expect(md.nom).toBe('selection-pratiques-emergentes.md');
    expect([...md.texte.matchAll(/^- \[.*\]\((\S+)\)/gm)].map((m) => m[1])).toEqual(choisies.map((f) => adresse(f.id)));

    const html = await telecharger(page, BOUTONS.html);
    expect(html.nom).toBe('selection-pratiques-emergentes.html');
    const liens = parse(html.texte).querySelectorAll('li a');
    expect(liens.map((a) => a.getAttribute('href'))).toEqual(choisies.map((f) => adresse(f.id)));
    expect(liens.map((a) => a.text)).toEqual(titres);

    // The same rows as the build's open data, in the selection's order.
    const csv = await telecharger(page, BOUTONS.csv);
    expect(csv.nom).toBe('selection-pratiques-emergentes.csv');
    const lignes = parseCsv(csv.texte, { bom: true, columns: true }) as Record<string, string>[];
    const ouvertes = parseCsv(readFileSync(join(dossier, 'api/pratiques.csv')), { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(lignes[0]!)).toEqual(COLONNES.map((c) => c.cle));
    expect(lignes).toEqual(choisies.map((f) => ouvertes.find((l) => l.slug === f.id)));
    expect(lignes.map((l) => l.url)).toEqual(choisies.map((f) => adresse(f.id)));

    const paquet = await telecharger(page, BOUTONS.imscc);
    expect(paquet.nom).toBe('selection-pratiques-emergentes.imscc');
    const zip = unzipSync(new Uint8Array(paquet.octets));
    const manifeste = xml.parse(strFromU8(zip['imsmanifest.xml']!)).manifest;
    expect(manifeste.metadata.schema).toBe('IMS Common Cartridge');
    const items = manifeste.organizations.organization.item[0].item[0].item as { identifierref: string; title: string }[];
    expect(items.map((i) => i.title)).toEqual(titres);
    const ressources = manifeste.resources.resource as { identifier: string; type: string; file: { href: string }[] }[];
    // Every file the manifest names is in the package.
    for (const r of ressources) for (const { href } of r.file) expect(zip[href], href).toBeDefined();
    const liensWeb = items.map((i) => {
      const r = ressources.find((x) => x.identifier === i.identifierref)!;
      expect(r.type).toBe('imswl_xmlv1p1');
      return xml.parse(strFromU8(zip[r.file[0]!.href]!)).webLink as { title: string; url: { href: string } };
    });
    expect(liensWeb.map((l) => l.url.href)).toEqual(choisies.map((f) => adresse(f.id)));
    expect(liensWeb.map((l) => l.title)).toEqual(titres);
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
  });
});

describe('sans JavaScript', () => {
  test.override({ optionsPage: { javaScriptEnabled: false } });
  test('la page dit quoi faire, sans boutons de téléchargement qui ne marcheraient pas', async ({ page, site }) => {
    await page.goto(`${site.url}selection/`);
    // (Playwright's text search skips <noscript>: its paragraph, by CSS.)
    expect(await page.locator('noscript p').textContent()).toMatch(/^La sélection a besoin de JavaScript\./);
    expect(await page.locator('noscript p').isVisible()).toBe(true);
    for (const nom of Object.values(BOUTONS)) expect(await page.getByRole('button', { name: nom }).isVisible(), nom).toBe(false);
  });
});
