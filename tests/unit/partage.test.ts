import { describe, expect, it } from 'vitest';
import { altPartage, couperLignes, raccourcir, svgPartage, type Police } from '../../src/lib/partage.ts';
import { jsonldFiche } from '../../src/lib/jsonld.ts';
import { fiche } from '../../src/schema/fiche.ts';
import { THEMATIQUES } from '../../src/schema/vocabulaire.ts';
import { frontmatterValide } from '../support/fiche-type.ts';

/** One unit per character: widths are counts. */
const compte = (s: string) => [...s].length;

describe('le texte de l’image de partage', () => {
  it('coupe un titre aux espaces, sans dépasser la largeur', () => {
    expect(couperLignes('un deux trois quatre', 9, compte, 3)).toEqual({ lignes: ['un deux', 'trois', 'quatre'], tronque: false });
  });
  it('coupe un mot plus long qu’une ligne et termine par « … » ce qui dépasse les lignes permises', () => {
    expect(couperLignes('anticonstitutionnellement', 10, compte, 3).lignes).toEqual(['anticonsti', 'tutionnell', 'ement']);
    const { lignes, tronque } = couperLignes('un deux trois quatre cinq', 7, compte, 2);
    expect(tronque).toBe(true);
    expect(lignes).toEqual(['un deux', 'trois…']);
    expect(raccourcir('Bouches-du-Rhône', 8, compte)).toBe('Bouches…');
  });
  it('décrit l’image par une phrase qui reprend titre, thématique et territoire', () => {
    const f = fiche.parse(frontmatterValide());
    expect(altPartage(f)).toBe(
      `Fiche « ${f.titre} » du catalogue Pratiques émergentes : ${THEMATIQUES[f.thematique]}, ${f.territoire.libelle}.`,
    );
  });
  it('dessine un SVG de 1200 × 630 où chaque glyphe utilisé est défini une fois', () => {
    const police: Police = {
      unitesParEm: 1000,
      glyphe: (c) => ({ id: `g${c.codePointAt(0)}`, avance: 500, trace: c === ' ' ? '' : 'M0 0h1' }),
    };
    const couleurs = { encre: '#111', encreDouce: '#333', accent: '#009', fond: '#fff' };
    const svg = svgPartage(fiche.parse(frontmatterValide()), { gras: police, normale: police }, couleurs);
    expect(svg).toMatch(/^<svg [^>]*width="1200" height="630"/);
    const ids = [...svg.matchAll(/<path id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [, id] of svg.matchAll(/href="#([^"]+)"/g)) expect(ids).toContain(id);
    for (const c of Object.values(couleurs)) expect(svg).toContain(`fill="${c}"`);
  });
});

describe('le JSON-LD d’une fiche', () => {
  const f = fiche.parse({ ...frontmatterValide(), miseAJour: '2026-03-01' });
  const contexte = {
    url: 'https://x.org/pratiques/a/',
    urlSite: 'https://x.org/',
    image: 'https://x.org/i.png',
    logo: { url: 'https://x.org/l.png', cote: 512 },
  };
  it('date la publication du premier commit, la modification du plus récent de la relecture et du dernier commit', () => {
    const ld = jsonldFiche(f, { ...contexte, historique: { creation: '2026-01-10', modification: '2026-02-01' } });
    expect([ld.datePublished, ld.dateModified]).toEqual(['2026-01-10', '2026-03-01']);
    const apres = jsonldFiche(f, { ...contexte, historique: { creation: '2026-01-10', modification: '2026-04-02' } });
    expect(apres.dateModified).toBe('2026-04-02');
  });
  it('publie à sa relecture une fiche encore sans historique', () => {
    expect(jsonldFiche(f, contexte).datePublished).toBe('2026-03-01');
  });
  it('nomme le catalogue auteur et éditeur, puis les auteurs des sources', () => {
    const ld = jsonldFiche(f, contexte);
    expect(ld.publisher).toMatchObject({ name: 'Pratiques émergentes', url: contexte.urlSite, logo: { url: contexte.logo.url } });
    expect(ld.author[0]).toEqual({ '@id': ld.publisher['@id'] });
    expect(ld.author.slice(1)).toEqual([...new Set(f.sources.map((s) => s.auteur))].map((name) => ({ '@type': 'Organization', name })));
  });
});
