// The text of each page of a PDF as Chromium prints it (Skia: uncompressed object table, Flate
// content streams, fonts with a ToUnicode map), enough to tell what each printed page holds and
// whether one is blank. Not a general PDF reader.
import { inflateSync } from 'node:zlib';

interface Objet {
  dict: string;
  flux?: Buffer;
}

/** The text of each page, in order: glyphs decoded through their font's ToUnicode map, a line break between text objects. */
export function textesPdf(pdf: Buffer): string[] {
  const brut = pdf.toString('latin1');
  const objets = new Map<number, Objet>();
  for (const m of brut.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const [, n, corps] = m;
    const i = corps!.search(/\bstream\r?\n/);
    if (i < 0) {
      objets.set(Number(n), { dict: corps! });
      continue;
    }
    const dict = corps!.slice(0, i);
    const debut = m.index + m[0].indexOf(corps!) + corps!.indexOf('\n', i) + 1;
    const longueur = valeur(dict, 'Length', objets, brut);
    const octets = pdf.subarray(debut, debut + Number(longueur));
    objets.set(Number(n), { dict, flux: /\/FlateDecode/.test(dict) ? inflateSync(octets) : octets });
  }
  const catalogue = [...objets.values()].find((o) => /\/Type\s*\/Catalog\b/.test(o.dict))!;
  const pages: Objet[] = [];
  const parcourir = (n: number) => {
    const o = objets.get(n)!;
    if (/\/Type\s*\/Pages\b/.test(o.dict)) for (const k of refs(/\/Kids\s*\[([^\]]*)\]/.exec(o.dict)![1]!)) parcourir(k);
    else pages.push(o);
  };
  parcourir(Number(/\/Pages\s+(\d+) 0 R/.exec(catalogue.dict)![1]));
  return pages.map((page) => {
    const ressources = dictionnaire(page.dict, 'Resources', objets);
    const contenus = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(page.dict);
    const flux = contenus ? refs(contenus[1]!).map((r) => objets.get(r)!.flux ?? Buffer.alloc(0)) : [];
    return flux.map((f) => texteFlux(f.toString('latin1'), ressources, objets)).join('');
  });
}

const refs = (texte: string) => [...texte.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));

function valeur(dict: string, cle: string, objets: Map<number, Objet>, brut: string): string {
  const m = new RegExp(`/${cle}\\s+(\\d+)(\\s+0 R)?`).exec(dict)!;
  if (!m[2]) return m[1]!;
  // An indirect length, possibly defined after its stream.
  return objets.get(Number(m[1]))?.dict.trim() ?? new RegExp(`\\b${m[1]} 0 obj\\s*(\\d+)`).exec(brut)![1]!;
}

/** The inline or referenced dictionary under `cle` (its text between << >>). */
function dictionnaire(dict: string, cle: string, objets: Map<number, Objet>): string {
  const ref = new RegExp(`/${cle}\\s+(\\d+) 0 R`).exec(dict);
  if (ref) return objets.get(Number(ref[1]))!.dict;
  const i = dict.indexOf(`/${cle}`);
  if (i < 0) return '';
  let profondeur = 0;
  const debut = dict.indexOf('<<', i);
  for (let j = debut; j < dict.length - 1; j++) {
    if (dict.startsWith('<<', j)) {
      profondeur++;
      j++;
    } else if (dict.startsWith('>>', j)) {
      profondeur--;
      j++;
      if (profondeur === 0) return dict.slice(debut, j + 1);
    }
  }
  return '';
}

/** A font's code → text map, from its ToUnicode CMap (bfchar and bfrange). */
function carte(police: Objet | undefined, objets: Map<number, Objet>): Map<number, string> {
  const m = new Map<number, string>();
  const ref = police && /\/ToUnicode\s+(\d+) 0 R/.exec(police.dict);
  if (!ref) return m;
  const cmap = objets.get(Number(ref[1]))!.flux!.toString('latin1');
  const texte = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  for (const bloc of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, src, dst] of bloc[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) m.set(parseInt(src!, 16), texte(dst!));
  for (const bloc of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const [, bas, haut, dst] of bloc[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const depart = parseInt(dst!, 16);
      for (let c = parseInt(bas!, 16); c <= parseInt(haut!, 16); c++) m.set(c, String.fromCharCode(depart + c - parseInt(bas!, 16)));
    }
  return m;
}

/** The text a content stream draws: strings shown by Tj / TJ in the current font; form XObjects followed. */
function texteFlux(flux: string, ressources: string, objets: Map<number, Objet>): string {
  const polices = dictionnaire(ressources, 'Font', objets);
  const formes = dictionnaire(ressources, 'XObject', objets);
  const cartes = new Map<string, Map<number, string>>();
  const carteDe = (nom: string) => {
    if (!cartes.has(nom)) {
      const ref = new RegExp(`/${nom}\\s+(\\d+) 0 R`).exec(polices);
      cartes.set(nom, carte(ref ? objets.get(Number(ref[1])) : undefined, objets));
    }
    return cartes.get(nom)!;
  };
  let courante = new Map<number, string>();
  let sortie = '';
  const decoder = (hex: string) => (hex.match(/.{1,4}/g) ?? []).map((h) => courante.get(parseInt(h, 16)) ?? '').join('');
  for (const m of flux.matchAll(/\/([^\s/<>[\]()]+)\s+[\d.]+\s+Tf|\/([^\s/<>[\]()]+)\s+Do\b|<([0-9A-Fa-f\s]*)>|\bBT\b/g)) {
    if (m[1]) courante = carteDe(m[1]);
    else if (m[2]) {
      const ref = new RegExp(`/${m[2]}\\s+(\\d+) 0 R`).exec(formes);
      const forme = ref && objets.get(Number(ref[1]));
      if (forme?.flux && /\/Subtype\s*\/Form/.test(forme.dict))
        sortie += texteFlux(forme.flux.toString('latin1'), dictionnaire(forme.dict, 'Resources', objets), objets);
    } else if (m[3] !== undefined) sortie += decoder(m[3].replace(/\s/g, ''));
    else sortie += '\n';
  }
  return sortie;
}
