// The sheets' share images as files: the fonts and colours they are drawn with, the rasteriser, the
// encoder, and a cache keyed by the SVG's hash, so that a rebuild redraws only the sheets whose picture changed.
import { Resvg } from '@resvg/resvg-js';
import { create, type Font } from 'fontkitten';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { setImmediate } from 'node:timers/promises';
import sharp, { type PngOptions } from 'sharp';
import { proprieteCss } from './manifeste.ts';
import { svgPartage, type Couleurs, type DonneesPartage, type Glyphe, type Police } from './partage.ts';

const requerir = createRequire(import.meta.url);
const RESVG = (requerir('@resvg/resvg-js/package.json') as { version: string }).version;

/**
 * Four flat colours and their anti-aliasing: sixteen palette entries draw it as the rasteriser does (no
 * difference to see at three times the size) in 20 KB instead of 56 KB of full-colour PNG. No dithering:
 * it would only add noise to flat areas; the least effort: the palette is found as well, twice as fast.
 */
const PNG: PngOptions = { palette: true, colours: 16, dither: 0, effort: 1 };
/** What an image depends on besides its SVG: a new rasteriser or encoder draws it again. */
const OUTILS = `resvg ${RESVG} sharp ${sharp.versions.sharp} libvips ${sharp.versions.vips} ${JSON.stringify(PNG)}`;

/** The PNG of an SVG. libvips' cache and thread pool are off: each image is encoded once, beside other work. */
async function png(svg: string): Promise<Buffer> {
  const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .png(PNG)
    .toBuffer();
}
sharp.cache(false);
sharp.concurrency(1);

/** Atkinson Hyperlegible (the font package is a dependency): Latin first, then Latin Extended for the rest. */
function police(graisse: 400 | 700): Police {
  const sousEnsembles = ['latin', 'latin-ext'].map(
    (s) =>
      create(
        readFileSync(requerir.resolve(`@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-${s}-${graisse}-normal.woff2`)),
      ) as Font,
  );
  const glyphes = new Map<string, Glyphe>();
  return {
    unitesParEm: sousEnsembles[0]!.unitsPerEm,
    glyphe(c) {
      let g = glyphes.get(c);
      if (!g) {
        const cp = c.codePointAt(0)!;
        const i = Math.max(
          0,
          sousEnsembles.findIndex((f) => f.hasGlyphForCodePoint(cp)),
        );
        const glyphe = sousEnsembles[i]!.glyphForCodePoint(cp);
        g = { id: `g${graisse}-${i}-${glyphe.id}`, avance: glyphe.advanceWidth, trace: glyphe.path.toSVG() };
        glyphes.set(c, g);
      }
      return g;
    },
  };
}

/** The stylesheet's own colours. */
export function couleursDuSite(): Couleurs {
  const css = readFileSync(new URL('../styles/global.css', import.meta.url), 'utf8');
  const v = (nom: string) => proprieteCss(css, nom, 'les images de partage');
  return { encre: v('--encre'), encreDouce: v('--encre-douce'), accent: v('--accent'), fond: v('--fond') };
}

export interface ImageFaite {
  slug: string;
  /** The PNG, in the cache. */
  fichier: string;
  dessinee: boolean;
}

/** Images drawn between two pauses: the rasteriser's memory is given back at a pause, not before. */
const PAR_LOT = 10;

/**
 * Draws what the cache lacks, one sheet after another, and says where each image is. The rasteriser's
 * pixels are freed by finalisers that run only when the event loop turns: a pause every few images
 * (and `liberer`, when the caller can collect garbage) keeps memory flat however many sheets there are.
 */
export async function dessinerImages(
  fiches: readonly (DonneesPartage & { slug: string })[],
  cache: string,
  liberer: () => void = () => {},
): Promise<ImageFaite[]> {
  mkdirSync(cache, { recursive: true });
  const polices = { gras: police(700), normale: police(400) };
  const couleurs = couleursDuSite();
  const faites: ImageFaite[] = [];
  let dessinees = 0;
  for (const f of fiches) {
    const svg = svgPartage(f, polices, couleurs);
    const fichier = join(cache, `${createHash('sha256').update(`${OUTILS}\n${svg}`).digest('hex').slice(0, 32)}.png`);
    const dessinee = !existsSync(fichier);
    if (dessinee) {
      // Written aside then renamed: a build stopped halfway leaves no truncated image in the cache.
      writeFileSync(`${fichier}.tmp`, await png(svg));
      renameSync(`${fichier}.tmp`, fichier);
      if (++dessinees % PAR_LOT === 0) {
        liberer();
        await setImmediate();
      }
    }
    faites.push({ slug: f.slug, fichier, dessinee });
  }
  return faites;
}
