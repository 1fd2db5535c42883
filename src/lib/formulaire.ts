// From the fields of the « Proposer une fiche » form to a sheet file, and from a problem's field
// back to the form control that holds it. Pure: the browser script only wires it to the page.
import { SECTIONS } from '../schema/vocabulaire.ts';
import { ecrireFiche } from './modele.ts';
import { slugify } from './slug.ts';

export type Champs = Record<string, string | string[]>;

const texte = (c: Champs, cle: string) => (typeof c[cle] === 'string' ? (c[cle] as string).trim() : '');
const liste = (c: Champs, cle: string) => (Array.isArray(c[cle]) ? (c[cle] as string[]) : []);
/** One value per line, or separated by commas when `virgules`. */
const lignes = (c: Champs, cle: string, virgules = false) =>
  texte(c, cle).split(virgules ? /[\n,]/ : /\n/).map((v) => v.trim()).filter(Boolean);

/** Only what the editor filled in: a missing field is left out, so the schema names it. */
function sansVides(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== '' && v !== undefined));
}

export function ficheDepuisChamps(c: Champs, aujourdhui = new Date().toISOString().slice(0, 10)): string {
  const annee = texte(c, 'annee');
  const frontmatter = sansVides({
    titre: texte(c, 'titre'),
    resume: texte(c, 'resume'),
    thematique: texte(c, 'thematique'),
    thematiquesAssociees: liste(c, 'thematiquesAssociees'),
    nature: texte(c, 'nature'),
    territoire: sansVides({
      libelle: texte(c, 'territoire.libelle'),
      pays: liste(c, 'territoire.pays'),
      departements: lignes(c, 'territoire.departements', true).map((d) => d.toUpperCase()),
      echelle: texte(c, 'territoire.echelle'),
    }),
    annee: annee === '' ? null : /^\d+$/.test(annee) ? Number(annee) : annee,
    anneeTexte: texte(c, 'anneeTexte'),
    porteurs: lignes(c, 'porteurs'),
    typesActeurs: liste(c, 'typesActeurs'),
    partenaires: lignes(c, 'partenaires'),
    publics: liste(c, 'publics'),
    publicsTexte: texte(c, 'publicsTexte'),
    etat: texte(c, 'etat'),
    evaluation: liste(c, 'evaluation'),
    participation: liste(c, 'participation'),
    motsCles: lignes(c, 'motsCles', true),
    sources: [sansVides({
      titre: texte(c, 'sources[0].titre'),
      auteur: texte(c, 'sources[0].auteur'),
      annee: /^\d{4}$/.test(texte(c, 'sources[0].annee')) ? Number(texte(c, 'sources[0].annee')) : texte(c, 'sources[0].annee'),
      reference: texte(c, 'sources[0].reference'),
      url: texte(c, 'sources[0].url'),
    })],
    liens: [],
    fichesLiees: [],
    miseAJour: aujourdhui,
  });
  const sections = SECTIONS.map((s) => ({ titre: s.titre, texte: texte(c, `section:${s.titre}`) })).filter((s) => s.texte);
  return ecrireFiche(frontmatter, sections);
}

/** The file name proposed for a title: readable, at most 60 characters, cut between words. */
export function slugPropose(titre: string): string {
  const s = slugify(titre);
  return s.length <= 60 ? s : s.slice(0, 61).replace(/-[^-]*$/, '');
}

/** The id of the form control for a problem's field: `territoire.pays[0]` → `champ-territoire.pays`. */
export function controlePour(champ: string | undefined, ids: ReadonlySet<string>): string | undefined {
  for (let c = champ; c; c = c.replace(/(\[\d+\]|\.[^.[\]]+)$/, '') || undefined) {
    if (ids.has(`champ-${c}`)) return `champ-${c}`;
    if (c === c.replace(/(\[\d+\]|\.[^.[\]]+)$/, '')) break;
  }
  return undefined;
}
