import { describe, expect, it } from 'vitest';
import {
  adresseDonnees,
  apa,
  biblatex,
  bibtex,
  coins,
  cslJson,
  metaCitation,
  nomRis,
  ris,
  CATALOGUE,
  FORMATS,
} from '../../src/lib/citation.ts';
import { jourLocal } from '../../src/lib/format.ts';
import { lireReference } from '../support/citations.ts';
import { basculer, ecrireSelection, lireSelection } from '../../src/lib/selection.ts';
import { accueillir, deplacer, depuisUrl, exporter, fusionner, sansPartage, urlPartage } from '../../src/lib/selection-page.ts';

const exemple = {
  titre: 'Conférences familiales en Exemple',
  url: 'https://exemple.org/pratiques/conferences-familiales-en-exemple/',
  miseAJour: '2026-11-21',
  consultation: '2027-01-05',
  cle: 'pratiques-emergentes-conferences-familiales-en-exemple',
  fichier: 'conferences-familiales-en-exemple',
  conteneur: CATALOGUE,
  source: {
    titre: 'Pratiques professionnelles émergentes en travail social',
    auteur: 'Haut Conseil du travail social (HCTS)',
    annee: 2021,
    reference: 'fiche n°1A, p. 35',
  },
};

describe('citer une fiche', () => {
  it('en APA 7, en crédit au catalogue et à la source', () => {
    expect(apa(exemple)).toBe(
      'Pratiques émergentes. (2026, 21 novembre). Conférences familiales en Exemple. Catalogue des pratiques émergentes du travail social. ' +
        'Consulté le 5 janvier 2027, à l’adresse https://exemple.org/pratiques/conferences-familiales-en-exemple/ ' +
        '(d’après Haut Conseil du travail social (HCTS) (2021), Pratiques professionnelles émergentes en travail social, fiche n°1A, p. 35)',
    );
  });
  it('en APA, sans point après un titre qui finit par sa ponctuation, et au « 1er » du mois', () => {
    for (const titre of ['Que faire quand on ne peut rien faire ?', 'Agir !', 'Et après…']) {
      expect(apa({ ...exemple, titre })).toContain(`${titre} Catalogue des pratiques`);
    }
    expect(apa({ ...exemple, miseAJour: '2026-12-01', consultation: '2027-03-01' })).toMatch(
      /^Pratiques émergentes\. \(2026, 1er décembre\)\. .* Consulté le 1er mars 2027,/,
    );
  });
  it('en BibTeX classique : @misc, year, howpublished, et les noms entre accolades', () => {
    expect(bibtex(exemple)).toBe(`@misc{pratiques-emergentes-conferences-familiales-en-exemple,
  author = {{Pratiques émergentes} and {Haut Conseil du travail social (HCTS)}},
  title = {{Conférences familiales en Exemple}},
  howpublished = {Catalogue des pratiques émergentes du travail social, \\url{https://exemple.org/pratiques/conferences-familiales-en-exemple/}},
  year = {2026},
  month = nov,
  url = {https://exemple.org/pratiques/conferences-familiales-en-exemple/},
  note = {Dernière relecture le 21 novembre 2026. D’après Haut Conseil du travail social (HCTS) (2021), Pratiques professionnelles émergentes en travail social, fiche n°1A, p. 35. Consulté le 5 janvier 2027},
  language = {french}
}
`);
  });
  it('en BibLaTeX : @online, date, urldate', () => {
    expect(biblatex(exemple)).toMatch(/^@online\{pratiques-emergentes-conferences-familiales-en-exemple,\n/);
    expect(biblatex(exemple)).toContain('  date = {2026-11-21},\n');
    expect(biblatex(exemple)).toContain('  urldate = {2027-01-05},\n');
    expect(biblatex(exemple)).not.toContain('year =');
  });
  it('en RIS', () => {
    expect(ris(exemple).split('\r\n')).toEqual([
      'TY  - ELEC',
      'AU  - Pratiques émergentes',
      'AU  - Haut Conseil du travail social (HCTS)',
      'TI  - Conférences familiales en Exemple',
      'T2  - Catalogue des pratiques émergentes du travail social',
      'PB  - Pratiques émergentes',
      'PY  - 2026',
      'DA  - 2026/11/21',
      'Y2  - 2027/01/05',
      'UR  - https://exemple.org/pratiques/conferences-familiales-en-exemple/',
      'LA  - fr',
      'N1  - Dernière relecture le 21 novembre 2026. D’après Haut Conseil du travail social (HCTS) (2021), Pratiques professionnelles émergentes en travail social, fiche n°1A, p. 35',
      'ER  -',
      '',
    ]);
  });
  it('échappe ce que BibTeX interprète', () => {
    expect(bibtex({ ...exemple, titre: 'Santé & social : 100 % {pratique}' })).toContain('title = {{Santé \\& social : 100 \\% pratique}}');
  });
  it('écrit chaque fichier dans l’adresse de son lien : rendu à l’identique, les lettres accentuées telles quelles', () => {
    const accentue = { ...exemple, titre: 'L’aller-vers « hors les murs » : 100 % & #1 <à Évry>' };
    for (const f of FORMATS) {
      const adresse = adresseDonnees(f, accentue);
      const [, type, corps] = /^data:([^,]+),(.*)$/s.exec(adresse)!;
      expect(type).toBe(f.type.replace(/\s/g, ''));
      expect(decodeURIComponent(corps!)).toBe(f.ecrire(accentue));
      expect(new URL(adresse).href, 'une adresse que le navigateur lit sans la changer').toBe(
        adresse.replace(/[^\p{ASCII}]/gu, encodeURIComponent),
      );
      expect(corps).not.toMatch(/[\s"#&'<>\p{Cc}]/u);
      expect(corps).toContain('Évry');
    }
  });
  it('cite le catalogue entier sans conteneur ni source', () => {
    expect(
      apa({ titre: CATALOGUE, url: 'https://exemple.org/', miseAJour: '2026-11-21', consultation: '2026-11-22', cle: 'pe', fichier: 'pe' }),
    ).toBe(
      'Pratiques émergentes. (2026, 21 novembre). Catalogue des pratiques émergentes du travail social. Consulté le 22 novembre 2026, à l’adresse https://exemple.org/',
    );
  });
});

describe('une institution dont le nom porte une virgule', () => {
  const institution = { ...exemple, source: { ...exemple.source, auteur: 'OSEO Valais, secteur Adultes' } };
  const attendus = ['Pratiques émergentes', 'OSEO Valais, secteur Adultes'];

  it.each([
    ['BibTeX', bibtex, attendus],
    ['BibLaTeX', biblatex, attendus],
    ['CSL-JSON', cslJson, attendus],
    ['RIS', ris, attendus.map(nomRis)],
  ] as const)('reste un seul nom en %s, lu par citation-js', (_, ecrire, noms) => {
    const lu = lireReference(ecrire(institution));
    expect(lu.auteurs).toEqual(noms);
    expect(lu.titre).toBe(institution.titre);
    expect(lu.url).toBe(institution.url);
    expect(lu.date[0]).toBe(2026);
  });

  it('reste un seul nom dans le COinS (rft.aucorp, que Zotero lit comme une institution)', () => {
    const kev = new URLSearchParams(coins(institution));
    expect(kev.getAll('rft.aucorp')).toEqual(attendus);
    expect(kev.get('rft.title')).toBe(institution.titre);
    expect(kev.get('rft_id')).toBe(institution.url);
  });

  it('reste un seul nom par balise citation_author', () => {
    expect(
      metaCitation(institution)
        .filter(([n]) => n === 'citation_author')
        .map(([, v]) => v),
    ).toEqual(attendus);
  });
});

describe('la date de consultation', () => {
  it('est le jour du lecteur, dans son fuseau horaire', () => {
    expect(jourLocal(new Date(2026, 11, 1, 0, 5))).toBe('2026-12-01');
    expect(jourLocal(new Date(2026, 10, 30, 23, 55))).toBe('2026-11-30');
  });
});

describe('ma sélection', () => {
  const stockage = () => {
    const m = new Map<string, string>();
    return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
  };
  it('ajoute, retire et garde l’ordre, sans doublon ni valeur invalide', () => {
    const s = stockage();
    expect(basculer(s, 'a')).toBe(true);
    expect(basculer(s, 'b')).toBe(true);
    expect(lireSelection(s)).toEqual(['a', 'b']);
    expect(basculer(s, 'a')).toBe(false);
    ecrireSelection(s, ['c', 'c', 'b']);
    expect(lireSelection(s)).toEqual(['c', 'b']);
    s.setItem('pratiques-emergentes:selection', '["ok", "<script>", 3]');
    expect(lireSelection(s)).toEqual(['ok']);
    s.setItem('pratiques-emergentes:selection', 'pas du json');
    expect(lireSelection(s)).toEqual([]);
  });
  it('déplace un élément, sans sortir de la liste', () => {
    expect(deplacer(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(deplacer(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(deplacer(['a', 'b', 'c'], 0, 5)).toEqual(['b', 'c', 'a']);
  });
  it('fait l’aller-retour par l’adresse de partage', () => {
    const url = urlPartage('/selection/', ['b', 'a']);
    expect(url).toBe('/selection/?fiches=b,a');
    expect(depuisUrl(url.split('?')[1]!)).toEqual(['b', 'a']);
    expect(depuisUrl('fiches=a,,B%20C,a')).toEqual(['a']);
    expect(depuisUrl('')).toBeUndefined();
  });
  it('ajoute une sélection partagée à la sienne : ses fiches dans son ordre, puis les nouvelles dans l’ordre partagé', () => {
    expect(fusionner(['a', 'b'], ['c', 'b', 'd'])).toEqual(['a', 'b', 'c', 'd']);
    expect(fusionner([], ['b', 'a'])).toEqual(['b', 'a']);
    expect(fusionner(['a', 'b'], ['b', 'a'])).toEqual(['a', 'b']);
  });
  it('ne demande de choisir que si la liste partagée diffère d’une sélection non vide', () => {
    expect(accueillir(['a'], undefined)).toBe('sans-partage');
    expect(accueillir(['a'], [])).toBe('sans-partage');
    expect(accueillir([], ['a', 'b'])).toBe('adopter');
    expect(accueillir(['a', 'b'], ['a', 'b'])).toBe('identique');
    expect(accueillir(['a', 'b'], ['b', 'a'])).toBe('choisir');
    expect(accueillir(['a', 'b'], ['a'])).toBe('choisir');
    expect(accueillir(['a'], ['a', 'b'])).toBe('choisir');
  });
  it('retire la liste partagée de l’adresse, et elle seule', () => {
    expect(sansPartage('https://e.org/selection/?fiches=a,b')).toBe('https://e.org/selection/');
    expect(sansPartage('https://e.org/base/selection/?x=1&fiches=a#imprimer')).toBe('https://e.org/base/selection/?x=1#imprimer');
    expect(sansPartage('https://e.org/selection/')).toBe('https://e.org/selection/');
  });
  it('exporte les liens en Markdown (les caractères de balise échappés), en HTML et en texte', () => {
    const f = [
      { titre: 'RÉSEAU [78]', url: 'https://e.org/pratiques/reseau-exemple/' },
      { titre: 'A & B <c>', url: 'https://e.org/x/?a=1&b=2' },
    ];
    expect(exporter(f, 'markdown')).toBe(
      '- [RÉSEAU \\[78\\]](https://e.org/pratiques/reseau-exemple/)\n- [A & B \\<c\\>](https://e.org/x/?a=1&b=2)',
    );
    expect(exporter(f, 'html')).toBe(
      '<ul>\n  <li><a href="https://e.org/pratiques/reseau-exemple/">RÉSEAU [78]</a></li>\n  <li><a href="https://e.org/x/?a=1&amp;b=2">A &amp; B &lt;c&gt;</a></li>\n</ul>',
    );
    expect(exporter(f, 'texte')).toBe('RÉSEAU [78] : https://e.org/pratiques/reseau-exemple/\nA & B <c> : https://e.org/x/?a=1&b=2');
  });
});
