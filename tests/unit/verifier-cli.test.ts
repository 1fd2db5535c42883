// `npm run verifier` as an editor runs it: one folder holding one defective sheet per kind of defect,
// every problem reported at once with its file, line and field, and a non-zero exit.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { champA } from '../../src/schema/champs.ts';
import { fiche } from '../../src/schema/fiche.ts';
import { CONTENU } from '../support/site.ts';
import { CORPS_VALIDE, ficheTexte, frontmatterValide } from '../support/fiche-type.ts';

type Fm = Record<string, any>;
const avec = (m: (d: Fm) => void, corps = CORPS_VALIDE) => {
  const d = frontmatterValide();
  m(d);
  return ficheTexte(d, corps);
};
const dansCorps = (extrait: string) => ficheTexte(undefined, CORPS_VALIDE.replace('Texte.', `Texte.\n\n${extrait}\n`));

// [file, content, field or null, message pattern, text expected on the reported line]
const DEFAUTS: [string, string, string | null, RegExp, string][] = [
  ['cle-inconnue.mdx', avec((d) => (d.motclés = ['x'])), null, /clé « motclés » inconnue : vouliez-vous dire « motsCles » \?/, 'motclés'],
  [
    'enum.mdx',
    avec((d) => (d.territoire.pays = ['Frnace'])),
    'territoire.pays[0]',
    /valeur « Frnace » inconnue : vouliez-vous dire « France » \?/,
    'Frnace',
  ],
  ['thematique.mdx', avec((d) => (d.thematique = 'allez-vers')), 'thematique', /vouliez-vous dire « aller-vers » \?/, 'allez-vers'],
  ['date.mdx', avec((d) => (d.miseAJour = '2026-02-30')), 'miseAJour', /date réelle au format AAAA-MM-JJ/, 'miseAJour'],
  ['annee.mdx', avec((d) => (d.annee = 2999)), 'annee', /le maximum est \d{4}/, 'annee'],
  ['insee.mdx', avec((d) => (d.territoire.departements = ['7'])), 'territoire.departements[0]', /code INSEE/, '"7"'],
  ['croise.mdx', avec((d) => (d.evaluation = ['aucune', 'interne'])), 'evaluation', /s’emploient seuls/, 'evaluation'],
  ['Mauvais Nom.mdx', ficheTexte(), null, /nom de fichier « Mauvais Nom\.mdx » invalide/, '---'],
  [
    'section.mdx',
    ficheTexte(undefined, CORPS_VALIDE.replace('## Bilan et effets', '## Bilan et effet')),
    null,
    /section « Bilan et effet » inconnue : vouliez-vous dire « Bilan et effets » \?/,
    '## Bilan et effet',
  ],
  [
    'ordre.mdx',
    ficheTexte(undefined, `## Genèse et émergence\n\nx\n\n${CORPS_VALIDE.replace('## Genèse et émergence', '## Définition')}`),
    null,
    /section « Descriptif de l’action » mal placée/,
    '## Descriptif',
  ],
  [
    'lien-fiche.mdx',
    avec((d) => (d.fichesLiees = ['fiche-absente'])),
    'fichesLiees[0]',
    /la fiche « fiche-absente » n’existe pas/,
    'fiche-absente',
  ],
  ['ancien.mdx', avec((d) => (d.anciensSlugs = ['enum'])), 'anciensSlugs[0]', /« enum » est le nom d’une fiche existante/, 'enum'],
  [
    'lien-interne.mdx',
    dansCorps('Voir [ceci](/pratiques/nulle-part/).'),
    null,
    /lien interne « \/pratiques\/nulle-part\/ » cassé/,
    'nulle-part',
  ],
  ['image.mdx', dansCorps('![](/carte.png)'), null, /image sans texte alternatif/, '![]'],
  ['import.mdx', dansCorps("import Carte from './carte.astro'"), null, /« import » et « export » sont interdits/, 'import Carte'],
  ['script.mdx', dansCorps('<script>alert(1)</script>'), null, /balise <script> interdite/, '<script>'],
  [
    'handler.mdx',
    dansCorps('<b onMouseOver="x()">a</b>'),
    null,
    /balise HTML <b> \(attributs : onMouseOver\) non permise .* écrivez \*\*texte\*\* ; l’attribut « onMouseOver » lance un script/,
    'onMouseOver',
  ],
  [
    'html-brut.mdx',
    dansCorps('<img src=x onerror=alert(1)>'),
    null,
    /balise HTML <img> \(attributs : src, onerror\) non permise .* écrivez !\[description de l’image\]\(adresse\) ; l’attribut « onerror » lance un script/,
    '<img',
  ],
  ['javascript.mdx', dansCorps('[a](javascript:alert(1))'), null, /lien « javascript: » interdit/, 'javascript:'],
  [
    'composant.mdx',
    dansCorps('<Carte />'),
    null,
    /balise HTML <Carte> non permise : une fiche s’écrit en Markdown simple ; supprimez la balise et gardez son texte/,
    '<Carte />',
  ],
  ['courriel.mdx', dansCorps('Contact : marie.durand@exemple.org'), null, /adresse e-mail interdite/, 'marie.durand'],
  ['telephone.mdx', dansCorps('Tél. 04 75 12 34 56'), null, /numéro de téléphone interdit/, '04 75'],
  ['syntaxe.mdx', dansCorps('Une accolade { non fermée'), null, /syntaxe MDX invalide .* une accolade s’écrit \\\{/, 'accolade'],
  [
    'section-vide.mdx',
    ficheTexte(undefined, CORPS_VALIDE.replace(/## Évaluation[\s\S]*$/, '## Évaluation\n')),
    null,
    /section obligatoire « ## Évaluation » vide/,
    '## Évaluation',
  ],
  ['consigne.mdx', dansCorps('À COMPLÉTER : décrire'), null, /consigne « À COMPLÉTER » du modèle encore présente/, 'À COMPLÉTER'],
];

let dossier: string;
const lancer = (...args: string[]) => {
  try {
    return {
      code: 0,
      sortie: execFileSync(process.execPath, ['scripts/verifier.ts', '--contenu', dossier, ...args], {
        encoding: 'utf8',
        stdio: 'pipe',
        env: { ...process.env, GITHUB_ACTIONS: '' },
      }),
    };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, sortie: err.stdout + err.stderr };
  }
};

beforeAll(() => {
  dossier = mkdtempSync(join(tmpdir(), 'verifier-'));
  cpSync(join(CONTENU, 'thematiques'), join(dossier, 'thematiques'), { recursive: true });
  mkdirSync(join(dossier, 'pratiques'));
  for (const [nom, texte] of DEFAUTS) writeFileSync(join(dossier, 'pratiques', nom), texte);
});
afterAll(() => rmSync(dossier, { recursive: true, force: true }));

describe('npm run verifier', () => {
  it('échoue et rapporte tous les défauts de tous les fichiers en une seule fois', () => {
    const { code, sortie } = lancer();
    expect(code).toBe(1);
    expect(sortie).toMatch(new RegExp(`\\d+ problèmes dans ${DEFAUTS.length} fichiers`));
  });

  it.each(DEFAUTS.map(([nom, texte, champ, motif, ligneAttendue]) => [nom, texte, champ, motif, ligneAttendue] as const))(
    '%s : fichier, ligne, champ et message',
    (nom, texte, champ, motif, ligneAttendue) => {
      const lignes = lancer()
        .sortie.split('\n')
        .filter((l) => l.includes(`pratiques/${nom}:`) && motif.test(l));
      expect(lignes, `aucune ligne pour ${nom}`).toHaveLength(1);
      const [, numero, reste] = /:(\d+): (.*)$/.exec(lignes[0]!)!;
      if (champ) expect(reste).toContain(`champ « ${champ} » (${champA(fiche, champ)!.libelle}) : `);
      expect(texte.split('\n')[Number(numero) - 1]).toContain(ligneAttendue);
    },
  );

  it('donne les problèmes en JSON pour les outils', () => {
    const { code, sortie } = lancer('--format', 'json');
    expect(code).toBe(1);
    const r = JSON.parse(sortie) as { fiches: number; problemes: { fichier: string; ligne: number; champ?: string; message: string }[] };
    expect(r.fiches).toBe(DEFAUTS.length);
    expect(r.problemes.find((p) => p.champ === 'territoire.pays[0]')).toMatchObject({
      fichier: expect.stringMatching(/enum\.mdx$/),
      ligne: expect.any(Number),
    });
  });

  it('annote les fichiers dans GitHub Actions', () => {
    const r = (() => {
      try {
        return execFileSync(process.execPath, ['scripts/verifier.ts', '--contenu', dossier], {
          encoding: 'utf8',
          stdio: 'pipe',
          env: { ...process.env, GITHUB_ACTIONS: 'true' },
        });
      } catch (e) {
        return (e as { stdout: string }).stdout;
      }
    })();
    expect(r).toMatch(/^::error file=.*enum\.mdx,line=\d+,title=champ territoire\.pays\[0\]::valeur « Frnace » inconnue/m);
  });
});
