// `npm run icones`: draws the application's PNG icons (src/lib/manifeste.ts) from public/favicon.svg,
// with the tests' Chromium, into public/. Run it again after changing the favicon, and commit the PNGs.
import { readFileSync, writeFileSync } from 'node:fs';
import { ICONE_APPLE, ICONES } from '../src/lib/manifeste.ts';
import { lancerNavigateur } from '../tests/support/navigateur.ts';

const svg = readFileSync('public/favicon.svg', 'utf8');
// Full-bleed for launchers that cut their own shape, and for iOS that rounds it: the square without
// its rounded corners (the glyph already sits inside the central safe circle).
const pleine = svg.replace(/(<rect[^>]*?) rx="[^"]*"/, '$1');
if (pleine === svg) throw new Error('public/favicon.svg : le carré arrondi du fond est introuvable');

const aDessiner = [
  ...ICONES.filter((i) => i.type === 'image/png').map((i) => ({ ...i, source: 'purpose' in i ? pleine : svg })),
  { ...ICONE_APPLE, source: pleine },
];

const navigateur = await lancerNavigateur();
try {
  for (const { fichier, sizes, source } of aDessiner) {
    const cote = Number(sizes.split('x')[0]);
    const page = await navigateur.newPage({ viewport: { width: cote, height: cote } });
    const image = `data:image/svg+xml;base64,${Buffer.from(source).toString('base64')}`;
    await page.setContent(`<body style="margin:0"><img src="${image}" width="${cote}" height="${cote}" style="display:block">`);
    writeFileSync(`public/${fichier}`, await page.screenshot({ omitBackground: true }));
    await page.close();
    console.log(`public/${fichier} (${cote} × ${cote})`);
  }
} finally {
  await navigateur.close();
}
