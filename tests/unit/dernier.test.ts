import { describe, expect, it } from 'vitest';
import { leDernier } from '../../src/lib/dernier.ts';

/** A task whose runs end when the test says so, recording what they were given. */
function tacheManuelle() {
  const lancees: string[] = [];
  const fins: (() => void)[] = [];
  const tache = (a: string) =>
    new Promise<void>((ok) => {
      lancees.push(a);
      fins.push(ok);
    });
  const finir = async () => {
    fins.shift()!();
    await new Promise((ok) => setTimeout(ok));
  };
  return { tache, lancees, finir };
}

describe('une recherche à la fois, la dernière demandée', () => {
  it('lance la première demande tout de suite, puis seulement la dernière des demandes faites pendant ce temps', async () => {
    const { tache, lancees, finir } = tacheManuelle();
    const chercher = leDernier(tache);
    const demandes = ['f', 'fa', 'fam', 'famille'].map(chercher);
    expect(lancees).toEqual(['f']);
    await finir();
    expect(lancees).toEqual(['f', 'famille']);
    await finir();
    await Promise.all(demandes);
    expect(lancees).toEqual(['f', 'famille']);
  });

  it('rend la main aux demandes dépassées sans les lancer, et à chaque demande lancée quand elle finit', async () => {
    const { tache, finir } = tacheManuelle();
    const chercher = leDernier(tache);
    const etats: string[] = [];
    const suivre = (nom: string, p: Promise<void>) => void p.then(() => etats.push(nom));
    suivre('a', chercher('a'));
    suivre('b', chercher('b'));
    suivre('c', chercher('c'));
    await new Promise((ok) => setTimeout(ok));
    expect(etats).toEqual(['b']);
    await finir();
    expect(etats).toEqual(['b', 'a']);
    await finir();
    expect(etats).toEqual(['b', 'a', 'c']);
  });

  it('repart après une erreur, qu’il transmet à sa demande', async () => {
    let n = 0;
    const chercher = leDernier(async (a: string) => {
      if (n++ === 0) throw new Error(a);
    });
    await expect(chercher('panne')).rejects.toThrow('panne');
    await expect(chercher('ensuite')).resolves.toBeUndefined();
    expect(n).toBe(2);
  });
});
