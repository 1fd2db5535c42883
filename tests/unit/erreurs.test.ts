import { describe, expect, it } from 'vitest';
import { fiche } from '../../src/schema/fiche.ts';
import { verifierFrontmatter } from '../../src/lib/controles.ts';
import { cheminChamp, suggestion } from '../../src/lib/erreurs.ts';
import { ficheTexte, frontmatterValide } from '../support/fiche-type.ts';

describe('messages d’erreur en français', () => {
  it('écrit le chemin d’un champ comme un éditeur le lit', () => {
    expect(cheminChamp(['territoire', 'pays', 0])).toBe('territoire.pays[0]');
    expect(cheminChamp(['sources', 1, 'titre'])).toBe('sources[1].titre');
  });

  it('propose la valeur proche d’une faute de frappe, et rien pour une valeur sans rapport', () => {
    expect(suggestion('aller_vers', ['aller-vers', 'pair-aidance'])).toBe('aller-vers');
    expect(suggestion('Pérennisée', ['perennisee', 'arretee'])).toBe('perennisee');
    expect(suggestion('zzzzzz', ['aller-vers', 'pair-aidance'])).toBeUndefined();
  });

  it('dit ce qui a été trouvé, ce qui est attendu, et à quelle ligne', () => {
    const d = frontmatterValide();
    d.territoire.pays = ['Frnace'];
    const texte = ficheTexte(d);
    const [p] = verifierFrontmatter('content/pratiques/x.mdx', texte, fiche).problemes;
    expect(p).toMatchObject({ fichier: 'content/pratiques/x.mdx', champ: 'territoire.pays[0]' });
    expect(p!.message).toContain('« Frnace »');
    expect(p!.message).toContain('vouliez-vous dire « France » ?');
    expect(p!.message).toContain('« Belgique »');
    expect(texte.split('\n')[p!.ligne - 1]).toContain('Frnace');
  });

  it('nomme la clé inconnue et la clé voulue, à sa ligne', () => {
    const d: Record<string, unknown> = { ...frontmatterValide(), motscles: ['x'] };
    const texte = ficheTexte(d);
    const [p] = verifierFrontmatter('x.mdx', texte, fiche).problemes;
    expect(p!.message).toMatch(/clé « motscles » inconnue : vouliez-vous dire « motsCles » \?/);
    expect(texte.split('\n')[p!.ligne - 1]).toMatch(/^motscles:/);
  });

  it('signale un champ obligatoire absent', () => {
    const d: Record<string, unknown> = frontmatterValide();
    delete d.etat;
    const [p] = verifierFrontmatter('x.mdx', ficheTexte(d), fiche).problemes;
    expect(p).toMatchObject({ champ: 'etat' });
    expect(p!.message).toMatch(/champ obligatoire manquant/);
  });

  it('rapporte un en-tête YAML illisible avec sa ligne', () => {
    const texte = '---\ntitre: "ouvert\nresume: x\n---\n';
    const r = verifierFrontmatter('x.mdx', texte, fiche).problemes;
    expect(r[0]!.message).toMatch(/en-tête YAML illisible/);
    expect(r[0]!.ligne).toBeGreaterThanOrEqual(2);
  });
});
