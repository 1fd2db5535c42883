// What the « Ma sélection » page does with the selection (./selection.ts): reorder it, share it as a URL
// (/selection/?fiches=a,b,c) that rebuilds the same list anywhere, and export it.
import { SLUG } from './slug.ts';

/** The list with item `i` moved by `decalage` places (clamped). */
export function deplacer<T>(liste: readonly T[], i: number, decalage: number): T[] {
  const j = Math.max(0, Math.min(liste.length - 1, i + decalage));
  const copie = [...liste];
  copie.splice(j, 0, ...copie.splice(i, 1));
  return copie;
}

export const PARAM_PARTAGE = 'fiches';

/** `?fiches=a,b,c` → ['a','b','c'] (valid slugs only), or undefined when absent. */
export function depuisUrl(search: string): string[] | undefined {
  const v = new URLSearchParams(search).get(PARAM_PARTAGE);
  return v === null ? undefined : [...new Set(v.split(',').filter((s) => SLUG.test(s)))];
}

export const urlPartage = (page: string, slugs: readonly string[]) => `${page}?${PARAM_PARTAGE}=${slugs.join(',')}`;

/** The same address without its shared list (other parameters and the fragment kept). */
export function sansPartage(adresse: string): string {
  const url = new URL(adresse);
  url.searchParams.delete(PARAM_PARTAGE);
  return url.href;
}

/** « Ajouter à ma sélection » from a shared list: the receiver's sheets in their order, then the new ones in the shared order. */
export const fusionner = (miennes: readonly string[], partagees: readonly string[]): string[] => [...new Set([...miennes, ...partagees])];

/**
 * What opening a shared address does, given the receiver's selection:
 * - `sans-partage`: no shared list (or none of its sheets exists), nothing changes;
 * - `adopter`: the receiver has no selection, the shared one becomes theirs;
 * - `identique`: the receiver already has exactly this list, in this order;
 * - `choisir`: the lists differ, the receiver chooses (replace or add) and until then keeps their own.
 */
export type Accueil = 'sans-partage' | 'adopter' | 'identique' | 'choisir';
export function accueillir(miennes: readonly string[], partagees: readonly string[] | undefined): Accueil {
  if (!partagees?.length) return 'sans-partage';
  if (!miennes.length) return 'adopter';
  return miennes.length === partagees.length && miennes.every((s, i) => s === partagees[i]) ? 'identique' : 'choisir';
}

export type FormatExport = 'markdown' | 'html' | 'texte';

export const echapperHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Text that Markdown shows as written: its link brackets, emphasis and tag characters escaped. */
export const echapperMarkdown = (s: string) => s.replace(/([\\[\]*_`<>])/g, '\\$1');

/** The selection as a list of links to paste into course material or an LMS. */
export function exporter(fiches: readonly { titre: string; url: string }[], format: FormatExport): string {
  switch (format) {
    case 'markdown':
      return fiches.map((f) => `- [${echapperMarkdown(f.titre)}](${f.url})`).join('\n');
    case 'html':
      return `<ul>\n${fiches.map((f) => `  <li><a href="${echapperHtml(f.url)}">${echapperHtml(f.titre)}</a></li>`).join('\n')}\n</ul>`;
    case 'texte':
      return fiches.map((f) => `${f.titre} : ${f.url}`).join('\n');
  }
}
