// The built site: one page per sheet, the metadata a reader needs, links that work.
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { THEMATIQUES } from '../../src/schema/vocabulaire.ts';
import { anneeAffichee } from '../../src/lib/format.ts';
import { existe, html, pagesHtml, slugsFiches } from '../support/site.ts';
import { ANCRES_REQUISES, chemin, fiches } from '../support/catalogue.ts';

describe('le site construit', () => {
  it('publie exactement une page par fichier de content/pratiques', () => {
    const pages = pagesHtml()
      .filter((p) => /^pratiques\/[^/]+\/index\.html$/.test(p))
      .map((p) => p.split('/')[1])
      .sort();
    expect(pages).toEqual(slugsFiches());
    expect(fiches.map((f) => f.id).sort()).toEqual(slugsFiches());
  });

  it('publie l’accueil, les listes, une page par thématique, la recherche et une 404 en français', () => {
    for (const p of [
      'index.html',
      'pratiques/index.html',
      'thematiques/index.html',
      'recherche/index.html',
      'glossaire/index.html',
      'a-propos/index.html',
    ])
      expect(existe(p), p).toBe(true);
    for (const t of Object.keys(THEMATIQUES)) expect(existe(`thematiques/${t}/index.html`), t).toBe(true);
    const introuvable = parse(html('404.html'));
    expect(introuvable.querySelector('html')!.getAttribute('lang')).toBe('fr');
    expect(introuvable.querySelector('h1')!.text).toBe('Page introuvable');
  });

  it('explique sur /a-propos/ d’où vient le contenu, comment le citer et sous quelle licence', () => {
    const page = parse(html('a-propos/'));
    const texte = page.querySelector('main')!.text;
    expect(texte).toContain('1 771 réponses');
    expect(texte).toMatch(/Haut Conseil du travail social/);
    expect(texte).toMatch(/insertion sociale active/);
    expect(page.querySelector('#citer-le-catalogue')).not.toBeNull();
    expect(page.querySelector('a[rel="license"]')!.getAttribute('href')).toMatch(/^https:\/\/creativecommons\.org\//);
    expect(page.querySelector('a[href="/contribuer/"]')).not.toBeNull();
  });

  it('liste chaque fiche sur /pratiques/ avec sa thématique, son territoire, son année et son niveau de preuve', () => {
    const lignes = parse(html('pratiques/')).querySelectorAll('tbody tr');
    expect(lignes).toHaveLength(fiches.length);
    for (const f of fiches) {
      const ligne = lignes.find((l) => l.querySelector('a')!.getAttribute('href') === chemin(f));
      expect(ligne, f.id).toBeDefined();
      const cellules = ligne!.querySelectorAll('th, td').map((c) => c.text.trim());
      // Then its level of evidence (tests/build/preuve.test.ts).
      expect(cellules.slice(0, 4), f.id).toEqual([
        f.data.titre,
        THEMATIQUES[f.data.thematique],
        f.data.territoire.libelle,
        anneeAffichee(f.data),
      ]);
      if (f.data.annee !== null) expect(cellules[3], f.id).toContain(String(f.data.annee));
    }
  });

  describe.each(fiches.map((f) => [f.id, f] as const))('la fiche %s', (slug, f) => {
    const page = parse(html(`pratiques/${slug}/`));
    const carte = page.querySelector('.encart dl')!.text;

    it('montre son titre, son résumé et sa carte de métadonnées', () => {
      expect(page.querySelector('h1')!.text).toBe(f.data.titre);
      expect(page.querySelector('.chapeau')!.text).toBe(f.data.resume);
      expect(page.querySelector('title')!.text).toContain(f.data.titre);
      expect(carte).toContain(THEMATIQUES[f.data.thematique]);
      expect(carte).toContain(f.data.territoire.libelle);
      for (const p of f.data.porteurs) expect(carte).toContain(p);
      if (f.data.annee !== null) expect(carte).toContain(f.data.anneeTexte ?? String(f.data.annee));
    });

    it('a des ancres lisibles sur les sections obligatoires et un sommaire qui y mène', () => {
      for (const { id } of ANCRES_REQUISES) {
        expect(page.querySelector(`h2#${id}`), id).not.toBeNull();
        expect(page.querySelector(`.sommaire a[href="#${id}"]`), id).not.toBeNull();
      }
    });

    it('relie ses fiches liées par des liens', () => {
      const liens = page.querySelectorAll('[aria-labelledby="fiches-liees"] a').map((a) => a.getAttribute('href'));
      expect(liens).toEqual(f.data.fichesLiees.map((r) => `/pratiques/${r.id}/`));
    });

    it('cite ses sources, date sa relecture et propose de la modifier', () => {
      const [sources, sites] = page.querySelectorAll('[aria-labelledby="sources"] ul');
      expect(sources!.querySelectorAll('li').length).toBe(f.data.sources.length);
      expect(sites?.querySelectorAll('a').map((a) => a.getAttribute('href')) ?? []).toEqual(f.data.liens.map((l) => l.url));
      expect(page.querySelector(`time[datetime="${f.data.miseAJour}"]`)).not.toBeNull();
      expect(page.querySelector('a[href$="/edit/main/content/pratiques/' + slug + '.mdx"]')!.text).toBe('Modifier cette fiche');
    });
  });
});
