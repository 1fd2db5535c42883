// The template of a new sheet: the contract's frontmatter, filled with what the editor gave and a
// marked hint (CONSIGNE) everywhere else, then the sections, each with a one-line hint.
import { stringify } from 'yaml';
import { SECTIONS } from '../schema/vocabulaire.ts';
import { CONSIGNE } from './controles.ts';

export interface Reponses {
  titre?: string;
  resume?: string;
  thematique?: string;
  nature?: string;
  libelle?: string;
  pays?: string[];
  departements?: string[];
  echelle?: string;
  annee?: number | null;
  anneeTexte?: string;
  porteurs?: string[];
  typesActeurs?: string[];
  publics?: string[];
  etat?: string;
  evaluation?: string[];
  sourceTitre?: string;
  sourceAuteur?: string;
  sourceReference?: string;
}

export const AIDE_SECTIONS: Record<string, string> = {
  'Définition': 'facultative : définissez la pratique en quelques phrases, ou supprimez cette section.',
  'Descriptif de l’action': 'ce que font concrètement les professionnels et les personnes, avec qui, comment (### Objectif visé si la source le dit).',
  'Genèse et émergence': 'd’où vient la pratique, qui l’a lancée, pourquoi, quand (### Financements si connus).',
  'État d’avancée': 'où en est la pratique : dates, déploiement, chiffres, perspectives.',
  'Bilan et effets': 'ce que la pratique change pour les personnes, les professionnels, les institutions.',
  'Évaluation': 'qui évalue, comment, avec quels résultats ; sinon écrivez « Non renseigné dans la source. »',
  'Pour aller plus loin': 'facultative : fiches liées, références ; ou supprimez cette section.',
};

const a = (texte: string) => `${CONSIGNE} : ${texte}`;

/** A sheet file from its frontmatter and its sections (titles as in SECTIONS). */
export function ecrireFiche(frontmatter: object, sections: readonly { titre: string; texte: string }[]): string {
  const corps = sections.map((s) => `## ${s.titre}\n\n${s.texte.trim()}\n`).join('\n');
  return `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${corps}`;
}

export function modeleFiche(r: Reponses, aujourdhui = new Date().toISOString().slice(0, 10)): string {
  const frontmatter = {
    titre: r.titre ?? a('titre de la pratique (5 à 120 caractères)'),
    resume: r.resume ?? a('une ou deux phrases simples (40 à 320 caractères) qui disent quoi, pour qui, où'),
    thematique: r.thematique ?? a('une thématique, voir la liste dans /contribuer/'),
    thematiquesAssociees: [],
    nature: r.nature ?? a('retour-d-experience, programme, approche ou formation'),
    territoire: {
      libelle: r.libelle ?? a('le territoire tel que la source l’écrit'),
      pays: r.pays ?? [a('France, Belgique ou Suisse')],
      departements: r.departements ?? [],
      echelle: r.echelle ?? a('etablissement, commune, departement, canton, national…'),
    },
    annee: r.annee === undefined ? a('année de démarrage, ou null si la source n’en donne pas') : r.annee,
    ...(r.anneeTexte ? { anneeTexte: r.anneeTexte } : {}),
    porteurs: r.porteurs ?? [a('qui a lancé ou porte la pratique')],
    typesActeurs: r.typesActeurs ?? [a('conseil-departemental, association, caf…')],
    partenaires: [],
    publics: r.publics ?? [a('un ou plusieurs publics, voir la liste dans /contribuer/')],
    etat: r.etat ?? a('emergence, experimentation, extension, perennisee, arretee ou non-renseigne'),
    evaluation: r.evaluation ?? [a('non-renseignee, aucune, prevue, interne, externe…')],
    participation: [],
    motsCles: [],
    sources: [{
      titre: r.sourceTitre ?? a('titre du document source'),
      auteur: r.sourceAuteur ?? a('auteur ou institution'),
      ...(r.sourceReference ? { reference: r.sourceReference } : {}),
    }],
    liens: [],
    fichesLiees: [],
    miseAJour: aujourdhui,
  };
  return ecrireFiche(frontmatter, SECTIONS.map((s) => ({ titre: s.titre, texte: a(AIDE_SECTIONS[s.titre]!) })));
}
