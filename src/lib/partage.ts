// The image a sheet shows when its address is shared (Open Graph, social networks): a 1200 × 630 SVG
// drawn from its title, theme and territory, rasterised at build time (src/integrations/partage.ts).
// The text is drawn as the font's own glyph outlines, so that the picture depends on no installed font.
import type { Fiche } from '../schema/fiche.ts';
import { THEMATIQUES } from '../schema/vocabulaire.ts';
import { libelle } from './format.ts';
import { SITE } from './site.ts';

export const IMAGE_PARTAGE = { largeur: 1200, hauteur: 630, type: 'image/png' } as const;

/** Where a sheet's image is, relative to the base: beside its page. */
export const fichierPartage = (slug: string) => `pratiques/${slug}/partage.png`;

/** What the picture says, for whoever cannot see it (og:image:alt). */
export type DonneesPartage = Pick<Fiche, 'titre' | 'thematique'> & { territoire: Pick<Fiche['territoire'], 'libelle'> };

export const textePartage = (f: DonneesPartage) => ({
  titre: f.titre,
  thematique: libelle(THEMATIQUES, f.thematique),
  territoire: f.territoire.libelle,
});

export function altPartage(f: DonneesPartage): string {
  const t = textePartage(f);
  return `Fiche « ${t.titre} » du catalogue ${SITE.nom} : ${t.thematique}, ${t.territoire}.`;
}

/** One glyph of a font, in its units: its advance and its outline (SVG path data, y upwards). */
export interface Glyphe {
  id: string;
  avance: number;
  trace: string;
}
/** A font as the template needs it (read by src/lib/partage-fs.ts). */
export interface Police {
  unitesParEm: number;
  glyphe(caractere: string): Glyphe;
}
export interface Couleurs {
  encre: string;
  encreDouce: string;
  accent: string;
  fond: string;
}

/**
 * A text cut into lines no wider than `largeur` (as `mesure` measures), at spaces; a word wider than a
 * line is cut where it overflows. Past `maxLignes`, the last line ends with « … ».
 */
export function couperLignes(texte: string, largeur: number, mesure: (s: string) => number, maxLignes: number) {
  const lignes: string[] = [];
  for (const mot of texte.split(/ +/).filter(Boolean)) {
    const derniere = lignes.at(-1);
    if (derniere !== undefined && mesure(`${derniere} ${mot}`) <= largeur) lignes[lignes.length - 1] = `${derniere} ${mot}`;
    else lignes.push(...couperMot(mot, largeur, mesure));
  }
  if (lignes.length <= maxLignes) return { lignes, tronque: false };
  return {
    lignes: [...lignes.slice(0, maxLignes - 1), raccourcir(`${lignes[maxLignes - 1]} ${lignes[maxLignes]}`, largeur, mesure)],
    tronque: true,
  };
}

function couperMot(mot: string, largeur: number, mesure: (s: string) => number): string[] {
  const morceaux = [''];
  for (const c of mot) {
    const m = morceaux.at(-1)!;
    if (m && mesure(m + c) > largeur) morceaux.push(c);
    else morceaux[morceaux.length - 1] = m + c;
  }
  return morceaux;
}

/** A line that ends with « … » and fits. */
export function raccourcir(texte: string, largeur: number, mesure: (s: string) => number): string {
  if (mesure(texte) <= largeur) return texte;
  const caracteres = [...texte];
  while (caracteres.length && mesure(`${caracteres.join('').trimEnd()}…`) > largeur) caracteres.pop();
  return `${caracteres.join('').trimEnd()}…`;
}

/** Title sizes in px, largest first, with the lines each allows: the largest that fits the title wins. */
const TAILLES_TITRE = [
  { taille: 72, lignes: 3 },
  { taille: 60, lignes: 4 },
  { taille: 50, lignes: 5 },
] as const;
const MARGE = 80;
const INTERLIGNE = 1.18;

/** The image of a sheet, as SVG. `gras` and `normale` are the two weights of one family. */
export function svgPartage(f: DonneesPartage, polices: { gras: Police; normale: Police }, couleurs: Couleurs): string {
  const { largeur, hauteur } = IMAGE_PARTAGE;
  const t = textePartage(f);
  const utiles = new Map<string, string>();
  const mesure = (p: Police, taille: number) => (s: string) =>
    [...s].reduce((l, c) => l + p.glyphe(c).avance, 0) * (taille / p.unitesParEm);
  const ligne = (p: Police, taille: number, couleur: string, texte: string, y: number) => {
    const echelle = taille / p.unitesParEm;
    let x = 0;
    const uses = [...texte].map((c) => {
      const g = p.glyphe(c);
      const use = g.trace ? `<use href="#${g.id}" x="${x}"/>` : '';
      if (g.trace) utiles.set(g.id, g.trace);
      x += g.avance;
      return use;
    });
    return `<g fill="${couleur}" transform="translate(${MARGE} ${y}) scale(${echelle} ${-echelle})">${uses.join('')}</g>`;
  };
  const utile = largeur - 2 * MARGE;
  const choix =
    TAILLES_TITRE.map((c) => ({ ...c, ...couperLignes(t.titre, utile, mesure(polices.gras, c.taille), c.lignes) })).find(
      (c) => !c.tronque,
    ) ??
    (() => {
      const c = TAILLES_TITRE.at(-1)!;
      return { ...c, ...couperLignes(t.titre, utile, mesure(polices.gras, c.taille), c.lignes) };
    })();
  const pas = choix.taille * INTERLIGNE;
  const bas = (taille: number, p: Police, texte: string) => raccourcir(texte, utile, mesure(p, taille));
  const corps = [
    ligne(polices.gras, 34, couleurs.accent, SITE.nom, 112),
    ...choix.lignes.map((l, i) => ligne(polices.gras, choix.taille, couleurs.encre, l, 160 + choix.taille * 0.78 + i * pas)),
    `<rect x="${MARGE}" y="478" width="120" height="6" fill="${couleurs.accent}"/>`,
    ligne(polices.gras, 34, couleurs.accent, bas(34, polices.gras, t.thematique), 534),
    ligne(polices.normale, 34, couleurs.encreDouce, bas(34, polices.normale, t.territoire), 580),
  ];
  const defs = [...utiles].map(([id, d]) => `<path id="${id}" d="${d}"/>`).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${largeur}" height="${hauteur}" viewBox="0 0 ${largeur} ${hauteur}">` +
    `<defs>${defs}</defs><rect width="${largeur}" height="${hauteur}" fill="${couleurs.fond}"/>` +
    `<rect width="24" height="${hauteur}" fill="${couleurs.accent}"/>${corps.join('')}</svg>`
  );
}
