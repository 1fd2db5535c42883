// Map outlines made lighter for the page: every point of an SVG path snapped to a grid (whole units by
// default, a pixel of the France map), then written again as short relative moves. Snapping absolute
// points keeps the error under half a step however long the path, and borders two shapes share stay shared.

const nombre = (n: number, decimales: number) => String(Number(n.toFixed(decimales)));

/**
 * `d` with straight segments only (m, l, z, in either case, implicit line-tos included), its points on a
 * grid of `10^-decimales`; moves that become empty are dropped. Other commands (curves) are refused.
 */
export function arrondirTrace(d: string, decimales = 0): string {
  const jetons = d.match(/[a-zA-Z]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?/g) ?? [];
  const pas = 10 ** decimales;
  const grille = (v: number) => Math.round(v * pas) / pas;
  const sortie: string[] = [];
  const ecrire = (dx: number, dy: number) => sortie.push(`${nombre(dx, decimales)} ${nombre(dy, decimales)}`);
  let [x, y, departX, departY] = [0, 0, 0, 0]; // the exact current point, and its subpath's start
  let [ex, ey] = [0, 0]; // the last point written, on the grid
  let commande = '';
  let premier = false; // the next pair is a subpath's move-to
  for (let i = 0; i < jetons.length;) {
    const jeton = jetons[i]!;
    if (/[a-zA-Z]/.test(jeton)) {
      commande = jeton;
      i++;
      if (/z/i.test(commande)) {
        sortie.push('z');
        [x, y, ex, ey] = [departX, departY, grille(departX), grille(departY)];
      } else if (!/[ml]/i.test(commande)) throw new Error(`commande de tracé non prise en charge : ${commande}`);
      premier = /m/i.test(commande);
      continue;
    }
    const [a, b] = [Number(jeton), Number(jetons[i + 1])];
    i += 2;
    [x, y] = commande === commande.toLowerCase() ? [x + a, y + b] : [a, b];
    const [gx, gy] = [grille(x), grille(y)];
    if (premier) {
      sortie.push('m');
      ecrire(gx - ex, gy - ey);
      [departX, departY] = [x, y];
    } else if (gx !== ex || gy !== ey) ecrire(gx - ex, gy - ey);
    [ex, ey] = [gx, gy];
    premier = false;
  }
  // A minus sign separates numbers as well as a space does.
  return sortie
    .join(' ')
    .replace(/ -/g, '-')
    .replace(/([mz]) /g, '$1')
    .replace(/ ([mz])/g, '$1');
}
