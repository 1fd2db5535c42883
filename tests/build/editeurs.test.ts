// What the built site gives editors: the JSON Schema of the frontmatter, the blank template,
// and on each sheet its review date and history.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { fiche } from '../../src/schema/fiche.ts';
import { SECTIONS, THEMATIQUES } from '../../src/schema/vocabulaire.ts';
import { CONSIGNE } from '../../src/lib/controles.ts';
import { dateFrancaise } from '../../src/lib/format.ts';
import { DIST, html } from '../support/site.ts';
import { fiches } from '../support/catalogue.ts';
import { OBLIGATOIRES } from '../support/contrat.ts';

describe('pour les éditeurs', () => {
  it('publie le schéma JSON de l’en-tête, généré du même contrat', () => {
    const schema = JSON.parse(readFileSync(join(DIST, 'schema', 'fiche.json'), 'utf8'));
    expect(schema.$id).toMatch(/\/schema\/fiche\.json$/);
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(fiche.shape).sort());
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.thematique.enum).toEqual(Object.keys(THEMATIQUES));
    expect(schema.required).toEqual(OBLIGATOIRES);
    expect(schema.properties.territoire.additionalProperties).toBe(false);
  });

  it('publie le modèle de fiche vierge, avec chaque section et ses consignes', () => {
    const modele = readFileSync(join(DIST, 'modele-fiche.mdx'), 'utf8');
    for (const s of SECTIONS) expect(modele).toContain(`## ${s.titre}\n\n${CONSIGNE}`);
    expect(modele).toMatch(/^titre: "?À COMPLÉTER/m);
  });

  it.each(fiches.map((f) => [f.id, f] as const))(
    'montre sur la fiche %s sa date de relecture, et les liens pour la modifier et voir son historique',
    (slug, f) => {
      const pied = parse(html(`pratiques/${slug}/`)).querySelector('.corps > footer')!;
      expect(pied.text.replace(/\s+/g, ' ')).toContain(`Relue le ${dateFrancaise(f.data.miseAJour)}`);
      const liens = pied.querySelectorAll('a').map((a) => a.getAttribute('href'));
      expect(liens).toEqual([
        expect.stringMatching(new RegExp(`/edit/main/content/pratiques/${slug}\\.mdx$`)),
        expect.stringMatching(new RegExp(`/commits/main/content/pratiques/${slug}\\.mdx$`)),
      ]);
    },
  );
});
