// `npm run nouvelle-fiche`, driven by flags: the file it writes, and that it validates once filled.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONSIGNE } from '../../src/lib/controles.ts';
import { compterMots, MOTS_MAX } from '../../src/lib/facile.ts';
import { verifierCatalogue, formater } from '../../src/lib/verifier-fs.ts';
import { CONTENU } from '../support/site.ts';
import { ficheTexte, frontmatterValide } from '../support/fiche-type.ts';
import { LONGUEUR_SLUG, slugify, slugPropose } from '../../src/lib/slug.ts';
import { TITRES_SECTIONS } from '../support/contrat.ts';

let dossier: string;
beforeEach(() => {
  dossier = mkdtempSync(join(tmpdir(), 'nouvelle-'));
  cpSync(join(CONTENU, 'thematiques'), join(dossier, 'thematiques'), { recursive: true });
  mkdirSync(join(dossier, 'pratiques'));
  writeFileSync(join(dossier, 'pratiques', 'deja-la.mdx'), ficheTexte());
});
afterEach(() => rmSync(dossier, { recursive: true, force: true }));

const creer = (...args: string[]) => {
  try {
    return {
      code: 0,
      sortie: execFileSync(process.execPath, ['scripts/nouvelle-fiche.ts', '--contenu', dossier, ...args], {
        encoding: 'utf8',
        stdio: 'pipe',
      }),
    };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, sortie: err.stdout + err.stderr };
  }
};

const TOUT = [
  '--titre',
  'Maraudes numériques à Lille',
  '--resume',
  'Des travailleurs sociaux vont au-devant des jeunes sur les réseaux sociaux pour leur proposer un accompagnement.',
  '--thematique',
  'aller-vers',
  '--nature',
  'programme',
  '--territoire-libelle',
  'Ville de Lille',
  '--territoire-pays',
  'France',
  '--territoire-departements',
  '59',
  '--territoire-echelle',
  'commune',
  '--annee',
  '2022',
  '--porteurs',
  'CCAS de Lille, Association X',
  '--typesActeurs',
  'ccas,association',
  '--publics',
  'jeunes',
  '--etat',
  'experimentation',
  '--evaluation',
  'prevue',
  '--sources-titre',
  'Rapport d’activité',
  '--sources-auteur',
  'CCAS de Lille',
  ...frontmatterValide().facileALire.flatMap((p) => ['--facileALire', p]),
];

describe('npm run nouvelle-fiche', () => {
  it('propose le nom du fichier d’après le titre et écrit toutes les rubriques, chacune avec sa consigne', () => {
    const { code, sortie } = creer(...TOUT);
    expect(code).toBe(0);
    expect(sortie).toContain('maraudes-numeriques-a-lille.mdx');
    const texte = readFileSync(join(dossier, 'pratiques', 'maraudes-numeriques-a-lille.mdx'), 'utf8');
    for (const titre of TITRES_SECTIONS) {
      expect(texte).toMatch(new RegExp(`^## ${titre}\\n\\n${CONSIGNE} : .+$`, 'm'));
    }
    expect(texte).toMatch(/^titre: Maraudes numériques à Lille$/m);
    // Each sentence given is one item, commas and all.
    expect(texte).toContain(
      `facileALire:\n${frontmatterValide()
        .facileALire.map((p) => `  - ${p}\n`)
        .join('')}`,
    );
  });

  it('laisse une consigne par phrase que le résumé facile à lire exige, signalée comme telle', () => {
    creer('--titre', 'Une pratique à décrire');
    const chemin = join(dossier, 'pratiques', 'une-pratique-a-decrire.mdx');
    const texte = readFileSync(chemin, 'utf8');
    const facile = verifierCatalogue(dossier).problemes.filter(
      (p) => p.fichier.endsWith('une-pratique-a-decrire.mdx') && p.champ?.startsWith('facileALire'),
    );
    expect(facile.map((p) => p.champ)).toEqual(frontmatterValide().facileALire.map((_, i) => `facileALire[${i}]`));
    for (const p of facile) {
      expect(p.message).toMatch(/^consigne du modèle encore présente/);
      expect(texte.split('\n')[p.ligne - 1]).toContain(CONSIGNE);
    }
  });

  it('donne une fiche que la vérification refuse tant que les consignes restent, et accepte une fois remplie', () => {
    creer(...TOUT);
    const chemin = join(dossier, 'pratiques', 'maraudes-numeriques-a-lille.mdx');
    const maraudes = () => verifierCatalogue(dossier).problemes.filter((p) => p.fichier.endsWith('maraudes-numeriques-a-lille.mdx'));
    // Every field given: what is left is one instruction per section.
    const avant = maraudes();
    expect(avant.length).toBe(TITRES_SECTIONS.length);
    expect(avant.every((p) => p.message.includes(CONSIGNE))).toBe(true);
    writeFileSync(chemin, readFileSync(chemin, 'utf8').replace(new RegExp(`^${CONSIGNE} : .*$`, 'gm'), 'Texte rédigé par l’éditeur.'));
    expect(maraudes().map(formater)).toEqual([]);
  });

  it('laisse une consigne dans chaque champ non fourni, que la vérification signale à sa ligne', () => {
    creer('--titre', 'Une pratique à décrire');
    const { problemes } = verifierCatalogue(dossier);
    const champs = problemes.filter((p) => p.fichier.endsWith('une-pratique-a-decrire.mdx')).map((p) => p.champ);
    expect(champs).toEqual(
      expect.arrayContaining([
        'resume',
        'thematique',
        'nature',
        'territoire.libelle',
        'annee',
        'porteurs[0]',
        'facileALire[0]',
        'facileALire[3]',
        'publics[0]',
        'etat',
        'sources[0].titre',
      ]),
    );
  });

  it('refuse un nom déjà pris et une valeur invalide, en disant pourquoi', () => {
    expect(creer('--titre', 'Déjà là', '--slug', 'deja-la')).toMatchObject({
      code: 1,
      sortie: expect.stringMatching(/La fiche « deja-la » existe déjà/),
    });
    const longue = `${'Une phrase beaucoup trop longue, '.repeat(4)}pour être lue.`;
    expect(creer('--titre', 'Une pratique', '--facileALire', 'Une phrase.', '--facileALire', longue)).toMatchObject({
      code: 1,
      sortie: expect.stringMatching(
        new RegExp(`^--facileALire « Une phrase\\. Une phrase beaucoup .* » : phrase de ${compterMots(longue)} mots : ${MOTS_MAX} au plus`),
      ),
    });
    expect(creer('--titre', 'X', '--thematique', 'allervers')).toMatchObject({
      code: 1,
      sortie: expect.stringMatching(
        /--titre « X » : texte trop court[\s\S]*--thematique « allervers » : valeur « allervers » inconnue : vouliez-vous dire « aller-vers » \?/,
      ),
    });
  });
});

describe('npm run nouvelle-fiche, ses options', () => {
  it.each(['--help', '-h'])('%s affiche l’aide en français, avec une option par question, et sort sans erreur', (option) => {
    const { code, sortie } = creer(option);
    expect(code).toBe(0);
    expect(sortie).toMatch(/^Crée une nouvelle fiche dans content\/pratiques\//);
    expect(sortie).toContain('--territoire-pays');
  });

  it('refuse une option inconnue en la nommant, avec l’aide, et le code 2', () => {
    const { code, sortie } = creer('--theme', 'aller-vers');
    expect(code).toBe(2);
    expect(sortie).toMatch(/^Option « --theme » inconnue ou mal écrite\./);
    expect(sortie).toContain('Options :');
  });

  it('nomme la valeur telle qu’elle a été tapée', () => {
    expect(creer('--titre', 'Une pratique', '--annee', 'vers 2019')).toMatchObject({
      code: 1,
      sortie: expect.stringMatching(/^--annee « vers 2019 » : trouvé « vers 2019 », attendu un nombre/),
    });
  });

  it('coupe un nom de fichier trop long entre deux mots, comme le formulaire', () => {
    const titre = 'Une pratique au titre particulièrement long pour voir où le nom du fichier sera coupé proprement';
    const { sortie } = creer('--titre', titre);
    const [, nom] = /pratiques\/([a-z0-9-]+)\.mdx/.exec(sortie)!;
    expect(nom).toBe(slugPropose(titre));
    expect(nom!.length).toBeLessThanOrEqual(LONGUEUR_SLUG);
    expect(`${slugify(titre)}-`.startsWith(`${nom}-`)).toBe(true);
  });

  it('refuse un ancien nom de fiche', () => {
    writeFileSync(join(dossier, 'pratiques', 'deja-la.mdx'), ficheTexte({ ...frontmatterValide(), anciensSlugs: ['ancien-nom'] }));
    expect(creer('--titre', 'Ancien nom', '--slug', 'ancien-nom')).toMatchObject({
      code: 1,
      sortie: expect.stringMatching(/existe déjà \(ou c’est l’ancien nom d’une fiche\)/),
    });
  });
});
