// Evidence at a glance and review history, as readers and re-users meet them: the badge on each sheet
// and card, participation and open questions beside it, the facets in the search index, the open data,
// the rules on /a-propos/, and the review dates at the foot of each sheet.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { dateFrancaise } from '../../src/lib/format.ts';
import { historique } from '../../src/lib/historique-fs.ts';
import { CLE_PREUVE, niveauPreuve, preuveDe } from '../../src/lib/preuve.ts';
import { EVALUATIONS, NIVEAUX_PREUVE, PARTICIPATIONS, PREUVE_PAR_EVALUATION } from '../../src/schema/vocabulaire.ts';
import { chemin, fiches, slugsOu, thematiques } from '../support/catalogue.ts';
import { pagefind, urls } from '../support/pagefind.ts';
import { DIST, html } from '../support/site.ts';

const texte = (s: string) => s.replace(/\s+/g, ' ').trim();
const obtenues = async (filters: object) => (await urls(null, { filters: { type: 'fiche', ...filters } })).sort();

describe.each(fiches.map((f) => [f.id, f] as const))('la fiche %s', (slug, f) => {
  const page = parse(html(`pratiques/${slug}/`));
  const bloc = page.querySelector('article > .preuve')!;
  const definition = (terme: string) => bloc.querySelectorAll('dt').find((dt) => dt.text === terme)?.nextElementSibling;

  it('montre en tête de fiche, après le résumé facile à lire, le niveau de preuve que ses données impliquent, en toutes lettres, et pourquoi', () => {
    const niveau = niveauPreuve(f.data);
    const badge = definition('Niveau de preuve')!.querySelector('.badge-preuve')!;
    expect(badge.getAttribute('data-niveau-preuve')).toBe(niveau);
    expect(texte(badge.text)).toBe(NIVEAUX_PREUVE[niveau]);
    expect(badge.getAttribute('href')).toBe(`/parcourir/preuve/${niveau}/`);
    const raison = preuveDe(f.data).raison;
    expect(texte(definition('Niveau de preuve')!.text)).toContain(`${raison.charAt(0).toUpperCase()}${raison.slice(1)}.`);
  });

  it('dit à côté la participation des personnes concernées, ou qu’elle n’est pas signalée, et ce que l’on ne sait pas encore', () => {
    const participation = definition('Participation des personnes concernées')!
      .querySelectorAll('li')
      .map((li) => texte(li.text));
    expect(participation).toEqual(
      f.data.participation.length ? f.data.participation.map((p) => PARTICIPATIONS[p]) : ['Non signalée dans la source'],
    );
    expect(texte(definition('Ce que l’on ne sait pas encore')!.text)).toBe(f.data.questionsOuvertes ?? 'Non renseigné dans la source.');
  });

  it('date sa publication, sa relecture et la prochaine, deux ans plus tard, et relie l’historique de son fichier', () => {
    const pied = page.querySelector('footer.historique')!;
    const fichier = `content/pratiques/${slug}.mdx`;
    const [a, m, j] = f.data.miseAJour.split('-');
    const prochaine = `${Number(a) + 2}-${m}-${m === '02' && j === '29' ? '28' : j}`;
    const lignes = Object.fromEntries(
      pied.querySelectorAll('dl > div').map((d) => [texte(d.querySelector('dt')!.text), d.querySelector('time')!.getAttribute('datetime')]),
    );
    expect(lignes).toMatchObject({
      'Publiée le': historique(fichier)?.creation ?? f.data.miseAJour,
      'Relue le': f.data.miseAJour,
      'Prochaine relecture prévue le': prochaine,
    });
    expect(texte(pied.text)).toContain(`Prochaine relecture prévue le ${dateFrancaise(prochaine)}`);
    expect(pied.querySelector(`a[href$="/commits/main/${fichier}"]`)!.text).toMatch(/^Historique du fichier sur /);
  });
});

describe('le niveau de preuve ailleurs', () => {
  it('figure en toutes lettres sur la vignette de chaque fiche, et dans la liste de toutes les pratiques', () => {
    const vignettes = thematiques.flatMap((t) => parse(html(`thematiques/${t.id}/`)).querySelectorAll('.vignette'));
    const vues = new Set<string>();
    for (const v of vignettes) {
      const f = fiches.find((x) => v.querySelector('h2 a, h3 a')!.getAttribute('href') === chemin(x))!;
      expect(texte(v.querySelector('.badge-preuve')!.text), f.id).toBe(`Niveau de preuve : ${NIVEAUX_PREUVE[niveauPreuve(f.data)]}`);
      vues.add(f.id);
    }
    expect(vues.size).toBe(fiches.length);
    for (const tr of parse(html('pratiques/')).querySelectorAll('tbody tr')) {
      const f = fiches.find((x) => tr.querySelector('th a')!.getAttribute('href') === chemin(x))!;
      expect(texte(tr.querySelector('.badge-preuve')!.text), f.id).toBe(NIVEAUX_PREUVE[niveauPreuve(f.data)]);
    }
  });

  it('filtre dans l’index exactement les fiches de chaque niveau, et celles dont la participation n’est pas signalée', async () => {
    for (const n of Object.keys(NIVEAUX_PREUVE))
      expect(await obtenues({ [CLE_PREUVE]: { any: [n] } }), n).toEqual(slugsOu((d) => niveauPreuve(d) === n).map(chemin));
    const sans = slugsOu((d) => d.participation.length === 0).map(chemin);
    expect(await obtenues({ participation: { any: ['non-signalee'] } })).toEqual(sans);
    for (const p of Object.keys(PARTICIPATIONS))
      expect(await obtenues({ participation: { any: [p] } }), p).toEqual(slugsOu((d) => d.participation.includes(p as never)).map(chemin));
  });

  it('accompagne chaque résultat de recherche, en toutes lettres', async () => {
    const r = await (await pagefind()).search(null, { filters: { type: 'fiche' } });
    for (const d of await Promise.all(r.results.map((x) => x.data()))) {
      const f = fiches.find((x) => d.url === chemin(x))!;
      expect(d.meta.preuve, f.id).toBe(`Niveau de preuve : ${NIVEAUX_PREUVE[niveauPreuve(f.data)]}`);
    }
  });

  it('est une facette de la recherche et de Parcourir, comme la participation non signalée', () => {
    const recherche = parse(html('recherche/'));
    const options = (cle: string) =>
      recherche.querySelectorAll(`fieldset[data-facette="${cle}"] input`).map((i) => i.getAttribute('value'));
    const presents = Object.keys(NIVEAUX_PREUVE).filter((n) => fiches.some((f) => niveauPreuve(f.data) === n));
    expect(options(CLE_PREUVE)).toEqual(presents);
    if (fiches.some((f) => f.data.participation.length === 0)) {
      expect(options('participation')).toContain('non-signalee');
      expect(parse(html('parcourir/')).querySelector('a[href="/parcourir/participation/non-signalee/"]')!.text).toBe(
        'Non signalée dans la source',
      );
    }
    const parcourir = parse(html('parcourir/'));
    for (const n of presents)
      expect(parcourir.querySelector(`a[href="/parcourir/preuve/${n}/"]`)!.text, n).toBe(NIVEAUX_PREUVE[n as keyof typeof NIVEAUX_PREUVE]);
  });

  it('est publié dans les données ouvertes : chaque élément JSON, son schéma et une colonne du CSV', () => {
    const api = JSON.parse(readFileSync(join(DIST, 'api/pratiques.json'), 'utf8')) as {
      pratiques: { slug: string; niveauPreuve: string }[];
    };
    expect(api.pratiques).toHaveLength(fiches.length);
    for (const p of api.pratiques) expect(p.niveauPreuve, p.slug).toBe(niveauPreuve(fiches.find((f) => f.id === p.slug)!.data));
    const schema = JSON.parse(readFileSync(join(DIST, 'schema/pratique-api.json'), 'utf8'));
    expect(schema.properties.niveauPreuve).toMatchObject({ title: 'Niveau de preuve', enum: Object.keys(NIVEAUX_PREUVE) });
    expect(schema.required).toContain('niveauPreuve');
    const lignes = parseCsv(readFileSync(join(DIST, 'api/pratiques.csv'), 'utf8'), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    for (const l of lignes) expect(l.niveauPreuve, l.slug).toBe(niveauPreuve(fiches.find((f) => f.id === l.slug)!.data));
    const colonnes = parse(html('a-propos/'))
      .querySelectorAll('table tbody th code')
      .map((c) => c.text);
    expect(colonnes).toContain('niveauPreuve');
  });

  it('a ses règles sur /a-propos/ : une ligne par évaluation, avec son niveau et sa raison, et les plafonds de l’état', () => {
    const page = parse(html('a-propos/'));
    expect(page.querySelector('h2#niveau-de-preuve')).not.toBeNull();
    const lignes = page.querySelectorAll('table tbody tr').map((tr) => tr.querySelectorAll('th, td').map((c) => texte(c.text)));
    for (const [e, r] of Object.entries(PREUVE_PAR_EVALUATION))
      expect(lignes, e).toContainEqual([
        EVALUATIONS[e as keyof typeof EVALUATIONS],
        NIVEAUX_PREUVE[r.niveau],
        expect.stringContaining(r.raison.slice(1)),
      ]);
    expect(lignes).toContainEqual(['Émergence', 'Documentée', expect.stringMatching(/émergence/)]);
  });
});
