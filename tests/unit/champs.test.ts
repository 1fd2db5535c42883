// The field registry: every field documents itself, and the parts of the site derived from it follow.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { champA, champsDe, tousLesChamps, valeurDe, type Descripteur } from '../../src/schema/champs.ts';
import { fiche, sigle, thematiquePage } from '../../src/schema/fiche.ts';
import { COLONNES } from '../../src/lib/donnees.ts';
import { FACETTES } from '../../src/lib/facettes.ts';
import { ficheDepuisChamps, groupesFormulaire } from '../../src/lib/formulaire.ts';
import { modeleFiche } from '../../src/lib/modele.ts';
import { parse } from 'yaml';

type Json = { title?: string; description?: string; properties?: Record<string, Json>; items?: Json; anyOf?: Json[] };

/** The JSON Schema node of a field path (`sources[].titre`). */
function noeud(racine: Json, chemin: string): Json | undefined {
  let n: Json | undefined = racine;
  for (const partie of chemin.split('.')) {
    const [cle, ...tableaux] = partie.split('[]');
    n = n?.properties?.[cle!];
    for (const _ of tableaux) n = n?.items ?? n?.anyOf?.find((x) => x.items)?.items;
  }
  return n;
}

describe.each([
  ['fiche', fiche],
  ['thematiquePage', thematiquePage],
  ['sigle', sigle],
] as const)('le registre des champs de %s', (_, schema) => {
  const champs = tousLesChamps(schema);
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json;

  it.each(champs.map((c) => [c.chemin, c] as const))('%s a un libellé, une aide, et les porte dans le schéma JSON', (chemin, c) => {
    expect(c.libelle, chemin).not.toBe(c.cle);
    expect(c.libelle.trim().length).toBeGreaterThan(1);
    expect(c.aide.trim().length).toBeGreaterThan(5);
    expect(noeud(json, chemin), chemin).toMatchObject({ title: c.libelle, description: c.aide });
  });

  it('retrouve un champ depuis le chemin qu’écrit l’éditeur, indices compris', () => {
    for (const c of champs) expect(champA(schema, c.chemin.replace(/\[\]/g, '[0]'))?.chemin).toBe(c.chemin);
  });
});

describe('ce qui dérive du registre des fiches', () => {
  const champs = tousLesChamps(fiche);
  const feuilles = (liste: readonly Descripteur[]): Descripteur[] =>
    liste.flatMap((c) => (c.genre === 'objet' && !c.liste ? feuilles(c.enfants) : [c]));

  it('fait une facette de chaque champ qui en déclare une, et d’elle seule (avec la région et le niveau de preuve, déduits)', () => {
    const declarees = new Set(champs.filter((c) => c.facette).map((c) => c.facette!.cle ?? c.cle));
    expect(new Set(FACETTES.map((f) => f.cle))).toEqual(new Set([...declarees, 'region', 'preuve']));
    expect(FACETTES.map((f) => f.rang)).toEqual(FACETTES.map((f) => f.rang).toSorted((a, b) => a - b));
  });

  it('fait une colonne CSV de chaque champ, sauf ceux qui la refusent', () => {
    const attendues = feuilles(champsDe(fiche))
      .filter((c) => c.csv !== false)
      .map((c) => c.chemin);
    expect(COLONNES.map((c) => c.cle)).toEqual(['slug', 'url', 'niveauPreuve', ...attendues]);
    for (const c of COLONNES) expect(c.libelle).toBeTruthy();
  });

  it('met chaque champ dans un groupe du formulaire, sauf ceux que les outils remplissent', () => {
    const dans = groupesFormulaire().flatMap((g) => g.champs.map((c) => c.chemin));
    expect(dans).toEqual(
      champsDe(fiche)
        .filter((c) => c.formulaire !== false && !c.auto)
        .map((c) => c.chemin),
    );
  });

  it('écrit dans le modèle chaque champ obligatoire, et chaque réponse donnée', () => {
    const modele = parse(modeleFiche({}).split('---')[1]!) as Record<string, unknown>;
    for (const c of champsDe(fiche).filter((x) => x.requis)) expect(modele, c.chemin).toHaveProperty(c.cle);
    const reponses = Object.fromEntries(champs.filter((c) => c.question && c.exemple !== undefined).map((c) => [c.chemin, c.exemple]));
    const rempli = modeleFiche(reponses);
    for (const [chemin, v] of Object.entries(reponses)) expect(rempli, chemin).toContain(String([v].flat()[0]));
  });

  it('construit depuis le formulaire une fiche dont chaque exemple est lu au bon champ', () => {
    const saisie = Object.fromEntries(
      champs
        .filter((c) => c.exemple !== undefined && c.formulaire !== false && !c.auto)
        .map((c) => {
          const nom = c.chemin.replace(/\[\]/g, '[0]');
          const v = c.exemple;
          return [
            nom,
            c.vocabulaire ? v : Array.isArray(v) ? v.join(c.formulaire && c.formulaire.saisie === 'virgules' ? ', ' : '\n') : String(v),
          ];
        }),
    ) as Record<string, string | string[]>;
    const donnees = parse(ficheDepuisChamps(saisie, '2026-01-01').split('---')[1]!) as Record<string, unknown>;
    expect(fiche.safeParse(donnees).error?.issues ?? []).toEqual([]);
    for (const c of champs.filter((x) => x.exemple !== undefined && !x.chemin.includes('[]') && x.formulaire !== false && !x.auto)) {
      expect(valeurDe(donnees, c.chemin), c.chemin).toEqual(c.exemple);
    }
  });
});
