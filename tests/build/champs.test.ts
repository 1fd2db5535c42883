// Each field of the registry appears wherever its roles say, in what a reader, an editor or a re-user
// meets: the sheet's « En bref » box, the search filters, the form and its field table, the scaffold,
// the template, the CSV and the published JSON Schema.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { champsDe, tousLesChamps, valeurDe } from '../../src/schema/champs.ts';
import { fiche as contrat } from '../../src/schema/fiche.ts';
import { INDICE } from '../../src/lib/formulaire.ts';
import { DIST, html } from '../support/site.ts';

const champs = tousLesChamps(contrat);
const fiches = await getCollection('pratiques');
const vide = (v: unknown) => v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
const enListe = (v: unknown) => [v].flat().map((x) => (x && typeof x === 'object' && 'id' in x ? String(x.id) : String(x)));

describe.each(fiches.map((f) => [f.id, f] as const))('la fiche %s', (slug, f) => {
  const page = parse(html(`pratiques/${slug}/`));

  it('montre dans « En bref » chaque champ qui le demande, rempli ou dit vide', () => {
    const termes = page.querySelectorAll('.encart dt').map((dt) => dt.text);
    for (const c of champs.filter((x) => x.enBref)) {
      if (!vide(valeurDe(f.data, c.chemin)) || c.vide) expect(termes, c.chemin).toContain(c.libelle);
    }
  });

  it('donne à la recherche chaque valeur de chaque champ à facette', () => {
    const filtres = page.querySelectorAll('[data-filtre]').map((e) => `${e.getAttribute('data-filtre')}=${e.text}`);
    for (const c of champs.filter((x) => x.facette)) {
      for (const v of vide(valeurDe(f.data, c.chemin)) ? [] : enListe(valeurDe(f.data, c.chemin)))
        expect(filtres).toContain(`${c.facette!.cle ?? c.cle}=${v}`);
    }
  });
});

describe('les outils des éditeurs et des réutilisateurs', () => {
  it('offrent un filtre de recherche par champ à facette présent dans le catalogue', () => {
    const filtres = parse(html('recherche/'))
      .querySelectorAll('fieldset[data-facette]')
      .map((e) => e.getAttribute('data-facette'));
    for (const c of champs.filter((x) => x.facette && fiches.some((f) => !vide(valeurDe(f.data, x.chemin)))))
      expect(filtres, c.chemin).toContain(c.facette!.cle ?? c.cle);
  });

  it('ont un contrôle du formulaire et une ligne du tableau de /contribuer/ par champ', () => {
    const page = parse(html('contribuer/'));
    const ids = new Set(page.querySelectorAll('#formulaire-fiche [id]').map((e) => e.id));
    // A row of a list of objects is in the page, or in the template the editor adds rows from.
    for (const c of champs.filter((x) => x.formulaire !== false && !x.auto && !(x.genre === 'objet' && !x.liste))) {
      expect(
        [0, INDICE].some((i) => ids.has(`champ-${c.chemin.replace(/\[\]/g, `[${i}]`)}`)),
        c.chemin,
      ).toBe(true);
    }
    const lignes = page.querySelectorAll('.champs-fiche tbody th code').map((e) => e.text);
    expect(lignes).toEqual(champs.map((c) => c.chemin));
  });

  it('posent au créateur de fiche une question par champ qui en demande une, et écrivent chaque champ obligatoire dans le modèle', () => {
    const aide = execFileSync(process.execPath, ['scripts/nouvelle-fiche.ts', '--help'], { encoding: 'utf8' });
    for (const c of champs.filter((x) => x.question)) expect(aide).toContain(`--${c.chemin.replace(/\[\]/g, '').replace(/\./g, '-')}`);
    const modele = readFileSync(join(DIST, 'modele-fiche.mdx'), 'utf8');
    for (const c of champsDe(contrat).filter((x) => x.requis)) expect(modele).toMatch(new RegExp(`^${c.cle}:`, 'm'));
  });

  it('publient le libellé et l’aide de chaque champ dans /schema/fiche.json', () => {
    const schema = JSON.parse(readFileSync(join(DIST, 'schema/fiche.json'), 'utf8')) as {
      properties: Record<string, { title: string; description: string }>;
    };
    for (const c of champsDe(contrat)) expect(schema.properties[c.cle], c.chemin).toMatchObject({ title: c.libelle, description: c.aide });
  });

  it('font une colonne du CSV ouvert par champ, au libellé documenté sur /a-propos/', () => {
    const entete = readFileSync(join(DIST, 'api/pratiques.csv'), 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n')[0]!
      .split(',');
    const documentees = parse(html('a-propos/'))
      .querySelectorAll('table tbody th code')
      .map((e) => e.text);
    expect(documentees).toEqual(entete);
  });
});
