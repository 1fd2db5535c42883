// The easy-to-read summary's rules: words counted as a reader counts them, acronyms spelt out, and the
// schema's sentence and count limits in the verifier's French.
import { describe, expect, it } from 'vitest';
import { compterMots, MOTS_MAX, PHRASES_MAX, PHRASES_MIN, siglesInexpliques } from '../../src/lib/facile.ts';
import { verifierFrontmatter } from '../../src/lib/controles.ts';
import { fiche } from '../../src/schema/fiche.ts';
import { ficheTexte, frontmatterValide } from '../support/fiche-type.ts';

const GLOSSAIRE = [
  { sigle: 'CAF', variantes: ['Caf'], developpe: "Caisse d'allocations familiales", definition: '…' },
  { sigle: 'FGC', variantes: [], developpe: 'Family Group Conference (conférence familiale)', definition: '…' },
];

describe('le compte des mots d’une phrase', () => {
  it.each([
    ['L’enfant va à l’école.', 4],
    ['En 2019, la pratique commence.', 5],
    ['Elle aide 1 000 familles – au-delà du quartier !', 7],
    ["C'est-à-dire : plus tard.", 3],
    ['  ', 0],
  ])('« %s » : %i mots', (phrase, n) => {
    expect(compterMots(phrase)).toBe(n);
  });
});

describe('les sigles du résumé facile à lire', () => {
  it('refuse un sigle du glossaire sans sa forme développée, et donne celle-ci', () => {
    expect(siglesInexpliques(['Une famille parle.', 'La CAF aide la famille.'], GLOSSAIRE)).toEqual([
      { phrase: 1, sigle: 'CAF', developpe: "Caisse d'allocations familiales" },
    ]);
    expect(siglesInexpliques(['La Caf verse une aide.'], GLOSSAIRE)).toMatchObject([{ sigle: 'Caf' }]);
  });

  it('accepte un sigle écrit en toutes lettres ailleurs dans le résumé, apostrophe et accents près', () => {
    expect(siglesInexpliques(['La caisse d’allocations familiales aide.', 'La CAF paie.'], GLOSSAIRE)).toEqual([]);
    expect(siglesInexpliques(['Une FGC réunit la famille (Family Group Conference).'], GLOSSAIRE)).toEqual([]);
  });

  it('refuse tout autre mot en majuscules dont les mots du résumé ne donnent pas les initiales', () => {
    expect(siglesInexpliques(['Le GRETA forme des adultes.', 'Le GRETA aide encore.'], GLOSSAIRE)).toEqual([{ phrase: 0, sigle: 'GRETA' }]);
    expect(siglesInexpliques(['Le centre de formation professionnelle et technique (CFPT) aide.'], GLOSSAIRE)).toEqual([]);
    expect(siglesInexpliques(['Il a 2 ans.', 'À Paris, un A suffit.'], GLOSSAIRE)).toEqual([]);
  });
});

describe('le champ facileALire dans le schéma', () => {
  const verifier = (phrases: unknown) => {
    const texte = ficheTexte({ ...frontmatterValide(), facileALire: phrases });
    return { texte, problemes: verifierFrontmatter('f.mdx', texte, fiche).problemes };
  };

  it('accepte la fiche type', () => {
    expect(verifier(frontmatterValide().facileALire).problemes).toEqual([]);
  });

  it(`refuse une phrase de plus de ${MOTS_MAX} mots, à sa ligne, en disant combien elle en a`, () => {
    const longue = Array.from({ length: MOTS_MAX + 1 }, (_, i) => `mot${i}`).join(' ');
    const phrases = [...frontmatterValide().facileALire.slice(1), longue];
    const { texte, problemes } = verifier(phrases);
    expect(problemes).toEqual([
      expect.objectContaining({
        champ: `facileALire[${phrases.length - 1}]`,
        libelle: 'En facile à lire',
        ligne: texte.split('\n').findIndex((l) => l.includes('mot0')) + 1,
        message: expect.stringMatching(new RegExp(`^phrase de ${MOTS_MAX + 1} mots : ${MOTS_MAX} au plus ; coupez-la en deux`)),
      }),
    ]);
  });

  it(`exige de ${PHRASES_MIN} à ${PHRASES_MAX} phrases, et le champ lui-même`, () => {
    const une = 'Une phrase courte.';
    expect(verifier(Array(PHRASES_MIN - 1).fill(une)).problemes.map((p) => p.message)).toEqual([
      `au moins ${PHRASES_MIN} valeurs attendues, trouvé ${PHRASES_MIN - 1}`,
    ]);
    expect(verifier(Array(PHRASES_MAX + 1).fill(une)).problemes.map((p) => p.message)).toEqual([`au plus ${PHRASES_MAX} valeurs`]);
    expect(verifier(undefined).problemes.map((p) => p.champ)).toEqual(['facileALire']);
  });
});
