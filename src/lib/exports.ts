// The files « Ma sélection » downloads: Markdown, an HTML page, a CSV table and an IMS Common Cartridge
// package (.imscc) that Moodle and other LMSs import as one course section of web links.
import { strToU8, zipSync } from 'fflate';
import { documentCsv, type Enregistrement } from './donnees.ts';
import { echapperHtml, echapperMarkdown } from './selection-page.ts';
import { SITE } from './site.ts';

type FicheExportee = Pick<Enregistrement, 'slug' | 'titre' | 'url' | 'resume'>;

export type FormatFichier = 'markdown' | 'html' | 'csv' | 'imscc';

/** Each downloadable format: its file extension and MIME type. */
export const FICHIERS: Record<FormatFichier, { extension: string; type: string }> = {
  markdown: { extension: 'md', type: 'text/markdown;charset=utf-8' },
  html: { extension: 'html', type: 'text/html;charset=utf-8' },
  csv: { extension: 'csv', type: 'text/csv;charset=utf-8' },
  imscc: { extension: 'imscc', type: 'application/zip' },
};

export const nomFichier = (format: FormatFichier) => `selection-pratiques-emergentes.${FICHIERS[format].extension}`;

/** The title of every exported file, and of the course section an LMS makes of the package. */
export const TITRE_EXPORT = `Sélection de fiches · ${SITE.nom}`;

export const markdown = (fiches: readonly FicheExportee[]) =>
  `# ${echapperMarkdown(TITRE_EXPORT)}\n\n${fiches.map((f) => `- [${echapperMarkdown(f.titre)}](${f.url}) — ${echapperMarkdown(f.resume)}`).join('\n')}\n`;

export const html = (fiches: readonly FicheExportee[]) =>
  [
    '<!doctype html>',
    '<html lang="fr">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${echapperHtml(TITRE_EXPORT)}</title>`,
    '</head>',
    '<body>',
    `<h1>${echapperHtml(TITRE_EXPORT)}</h1>`,
    '<ul>',
    ...fiches.map((f) => `<li><a href="${echapperHtml(f.url)}">${echapperHtml(f.titre)}</a><p>${echapperHtml(f.resume)}</p></li>`),
    '</ul>',
    '</body>',
    '</html>',
    '',
  ].join('\n');

// IMS Common Cartridge 1.1: the manifest, and one web link file per sheet.
const CC = 'http://www.imsglobal.org/xsd/imsccv1p1';
const XSD = 'http://www.imsglobal.org/profile/cc/ccv1p1';
const xml = (s: string) => echapperHtml(s).replace(/'/g, '&apos;');
const lom = (prefixe: string, titre: string, description: string) =>
  `<${prefixe}:lom><${prefixe}:general>` +
  `<${prefixe}:title><${prefixe}:string language="fr">${xml(titre)}</${prefixe}:string></${prefixe}:title>` +
  `<${prefixe}:description><${prefixe}:string language="fr">${xml(description)}</${prefixe}:string></${prefixe}:description>` +
  `</${prefixe}:general></${prefixe}:lom>`;

/** Where a sheet's web link is, in the package. */
export const fichierLien = (slug: string) => `liens/${slug}.xml`;

/** The package's manifest: one section (the top item) holding one item per sheet, each a web link resource whose LOM metadata carries the summary. */
export function manifeste(fiches: readonly FicheExportee[]): string {
  const items = fiches.map(
    (f) => `          <item identifier="item-${f.slug}" identifierref="lien-${f.slug}"><title>${xml(f.titre)}</title></item>`,
  );
  const ressources = fiches.map(
    (f) =>
      `    <resource identifier="lien-${f.slug}" type="imswl_xmlv1p1">\n` +
      `      <metadata>${lom('lomr', f.titre, f.resume)}</metadata>\n` +
      `      <file href="${fichierLien(f.slug)}"/>\n` +
      '    </resource>',
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="selection-pratiques-emergentes" xmlns="${CC}/imscp_v1p1" xmlns:lomimscc="http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest" xmlns:lomr="http://ltsc.ieee.org/xsd/imsccv1p1/LOM/resource" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${CC}/imscp_v1p1 ${XSD}/ccv1p1_imscp_v1p2_v1p0.xsd http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest ${XSD}/LOM/ccv1p1_lommanifest_v1p0.xsd http://ltsc.ieee.org/xsd/imsccv1p1/LOM/resource ${XSD}/LOM/ccv1p1_lomresource_v1p0.xsd">
  <metadata>
    <schema>IMS Common Cartridge</schema>
    <schemaversion>1.1.0</schemaversion>
    ${lom('lomimscc', TITRE_EXPORT, `Fiches du catalogue ${SITE.nom}, sous licence ${SITE.licence.nom}.`)}
  </metadata>
  <organizations>
    <organization identifier="organisation" structure="rooted-hierarchy">
      <item identifier="racine">
        <item identifier="section">
          <title>${xml(TITRE_EXPORT)}</title>
${items.join('\n')}
        </item>
      </item>
    </organization>
  </organizations>
  <resources>
${ressources.join('\n')}
  </resources>
</manifest>
`;
}

export const lienWeb = (f: FicheExportee) => `<?xml version="1.0" encoding="UTF-8"?>
<webLink xmlns="${CC}/imswl_v1p1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${CC}/imswl_v1p1 ${XSD}/ccv1p1_imswl_v1p1.xsd">
  <title>${xml(f.titre)}</title>
  <url href="${xml(f.url)}" target="_blank"/>
</webLink>
`;

/** The .imscc package: a zip of the manifest and the web links. */
export const imscc = (fiches: readonly FicheExportee[]): Uint8Array =>
  zipSync(
    Object.fromEntries([
      ['imsmanifest.xml', strToU8(manifeste(fiches))],
      ...fiches.map((f) => [fichierLien(f.slug), strToU8(lienWeb(f))] as const),
    ]),
  );

/** A file's content in a format. */
export function contenu(fiches: readonly Enregistrement[], format: FormatFichier): string | Uint8Array {
  switch (format) {
    case 'markdown':
      return markdown(fiches);
    case 'html':
      return html(fiches);
    case 'csv':
      // The columns and quoting of /api/pratiques.csv, for the selected sheets in their order.
      return documentCsv(fiches);
    case 'imscc':
      return imscc(fiches);
  }
}
