// What the search shows of a sheet: its indexed text reads as sentences, labels apart from values.
import { describe, expect, it } from 'vitest';
import { tousLesChamps } from '../../src/schema/champs.ts';
import { fiche as contrat } from '../../src/schema/fiche.ts';
import { pagefind } from '../support/pagefind.ts';
import { chemin, fiches } from '../support/catalogue.ts';

const pf = await pagefind();
const enregistrements = await Promise.all((await pf.search(null, { filters: { type: 'fiche' } })).results.map((r) => r.data()));
const libelles = tousLesChamps(contrat)
  .filter((c) => c.enBref)
  .map((c) => c.libelle);

describe.each(fiches.map((f) => [f.id, f] as const))('le texte indexé de %s', (_, f) => {
  const contenu = enregistrements.find((d) => d.url === chemin(f))!.content;

  it('sépare chaque libellé de « En bref » de sa valeur', () => {
    for (const l of libelles.filter((x) => contenu.includes(x)))
      expect(contenu, l).toMatch(new RegExp(`${l.replace(/[()]/g, '\\$&')}[ .]`));
  });
});
