// The checks an editor meets: each defect reported with file, line and field, all at once.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lireGlossaire, lireSynonymes } from '../../src/lib/listes-fs.ts';
import { bilan, formater, verifierCatalogue, verifierCorps } from '../../src/lib/verifier-fs.ts';
import { transmise, verifierAPart, verifierCatalogueParallele } from '../../src/lib/verifier-parallele-fs.ts';
import verifier from '../../src/integrations/verifier.ts';
import { slugify } from '../../src/lib/slug.ts';
import { CONTENU, slugsFiches } from '../support/site.ts';
import { CORPS_VALIDE, ficheTexte, frontmatterValide } from '../support/fiche-type.ts';
import { SECTIONS_REQUISES } from '../support/contrat.ts';

const ligneDe = (texte: string, motif: string) => texte.split('\n').findIndex((l) => l.includes(motif)) + 1;
const corps = (texte: string) => verifierCorps('f.mdx', ficheTexte(undefined, texte));

describe('le corps d’une fiche', () => {
  it('accepte le corps type', () => {
    expect(corps(CORPS_VALIDE).problemes).toEqual([]);
  });

  it('exige les sections obligatoires, dans l’ordre, et nomme celles qui manquent', () => {
    const texte = CORPS_VALIDE.replace('## Genèse et émergence', '## Genese et emergence').replace(/## Évaluation[\s\S]*$/, '');
    const messages = corps(texte).problemes.map((p) => p.message);
    expect(messages).toContainEqual(
      expect.stringMatching(/section « Genese et emergence » inconnue : vouliez-vous dire « Genèse et émergence » \?/),
    );
    expect(messages).toContainEqual(expect.stringMatching(/section obligatoire « ## Genèse et émergence » absente/));
    expect(messages).toContainEqual(expect.stringMatching(/section obligatoire « ## Évaluation » absente/));
  });

  it('signale une section mal placée à sa ligne', () => {
    const texte = `\n## Évaluation\n\nx\n${CORPS_VALIDE.replace(/## Évaluation[\s\S]*$/, '')}`;
    const fichier = ficheTexte(undefined, texte);
    const r = verifierCorps('f.mdx', fichier).problemes;
    const mal = r.find((p) => p.message.includes('mal placée'))!;
    expect(mal).toBeDefined();
    expect(fichier.split('\n')[mal.ligne - 1]).toMatch(/^## /);
  });

  it('accepte l’apostrophe droite dans les titres de section', () => {
    expect(corps(CORPS_VALIDE.replaceAll('’', "'")).problemes).toEqual([]);
  });

  it.each([
    ['import', 'import X from "./x.js"', /« import » et « export » sont interdits/],
    ['export', 'export const a = 1', /« import » et « export » sont interdits/],
    ['script', '<script>alert(1)</script>', /balise <script> interdite/],
    ['composant inconnu', '<Carte />', /balise HTML <Carte> non permise/],
    [
      'gestionnaire on…',
      '<div onClick="x()">a</div>',
      /balise HTML <div> \(attributs : onClick\) non permise .* supprimez la balise et gardez son texte ; l’attribut « onClick » lance un script : il est interdit/,
    ],
    [
      'HTML brut sans guillemets',
      '<img src=x onerror=alert(1)>',
      /balise HTML <img> \(attributs : src, onerror\) non permise .* écrivez !\[description de l’image\]\(adresse\)/,
    ],
    ['lien javascript:', '[clic](javascript:alert(1))', /lien « javascript: » interdit/],
    ['expression', 'Texte {1 + 1}', /expression entre accolades interdite/],
    ['image sans alt', '![](/image.png)', /image sans texte alternatif/],
    ['e-mail', 'Écrire à jean.dupont@exemple.fr', /adresse e-mail interdite/],
    ['téléphone', 'Appeler le 06 12 34 56 78', /numéro de téléphone interdit/],
    ['téléphone international', 'Appeler le +33 6 12 34 56 78', /numéro de téléphone interdit/],
    ['titre de niveau 1', '# Un titre', /titre de niveau 1/],
  ])('refuse %s, à sa ligne', (_, extrait, attendu) => {
    const fichier = ficheTexte(undefined, CORPS_VALIDE.replace('Texte.', `Texte.\n\n${extrait}\n`));
    const r = verifierCorps('f.mdx', fichier).problemes;
    const p = r.find((x) => attendu.test(x.message));
    expect(p, JSON.stringify(r)).toBeDefined();
    expect(p!.ligne).toBe(ligneDe(fichier, extrait));
  });

  it('rapporte une syntaxe MDX invalide avec sa ligne, sans pile d’appels, et vérifie quand même les sections', () => {
    const fichier = ficheTexte(
      undefined,
      CORPS_VALIDE.replace('Texte.', 'Texte.\n\nUne accolade { non fermée\n').replace(/## Évaluation[\s\S]*$/, '## Évaluation\n'),
    );
    const [p, ...autres] = verifierCorps('f.mdx', fichier).problemes;
    expect(p!.message).toMatch(/^syntaxe MDX invalide : /);
    expect(p!.message).not.toMatch(/\n\s+at /);
    expect(p!.ligne).toBe(ligneDe(fichier, 'accolade'));
    expect(autres.map((x) => x.message)).toEqual([expect.stringMatching(/section obligatoire « ## Évaluation » vide/)]);
  });

  it('exige un texte dans chaque section obligatoire, un sous-titre seul ne suffit pas', () => {
    const fichier = ficheTexte(undefined, CORPS_VALIDE.replace('## Bilan et effets\n\nTexte.', '## Bilan et effets\n\n### Effets\n'));
    expect(verifierCorps('f.mdx', fichier).problemes.map((x) => `${x.ligne} ${x.message}`)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${ligneDe(fichier, '## Bilan')} section obligatoire « ## Bilan et effets » vide : écrivez son texte, ou « Non renseigné dans la source. »`,
        ),
      ),
    ]);
  });
});

describe('le catalogue', () => {
  let dossier: string;
  afterEach(() => {
    if (dossier) rmSync(dossier, { recursive: true, force: true });
  });

  /** A copy of the real theme pages and the given sheets, in a temporary content folder. */
  function catalogue(fiches: Record<string, string>): string {
    dossier = mkdtempSync(join(tmpdir(), 'catalogue-'));
    cpSync(join(CONTENU, 'thematiques'), join(dossier, 'thematiques'), { recursive: true });
    mkdirSync(join(dossier, 'pratiques'));
    for (const [nom, texte] of Object.entries(fiches)) writeFileSync(join(dossier, 'pratiques', nom), texte);
    return dossier;
  }
  const avec = (m: (d: Record<string, any>) => void) => {
    const d = frontmatterValide();
    m(d);
    return ficheTexte(d);
  };

  it('le contenu réel est conforme', () => {
    const { problemes, fiches } = verifierCatalogue(CONTENU);
    expect(problemes.map(formater)).toEqual([]);
    expect(fiches.map((f) => f.slug).sort()).toEqual(slugsFiches());
  });

  it('dit tous les défauts d’une fiche en une seule fois, triés par ligne : champs, clé inconnue, règles croisées, corps', () => {
    const d = frontmatterValide() as Record<string, any>;
    d.thematique = 'aller_vers';
    d.thematiquesAssociees = ['pouvoir-d-agir', 'pouvoir-d-agir'];
    d.evaluation = ['aucune', 'interne'];
    d.miseAJour = '2026-02-30';
    d.territoire.pays = ['Suisse'];
    d.cleInconnue = 'x';
    const corpsFautif = CORPS_VALIDE.replace(/## Évaluation[\s\S]*$/, '## Évaluation\n').replace('## Genèse et émergence', '## Genese');
    const { problemes } = verifierCatalogue(catalogue({ 'fiche-a.mdx': ficheTexte(d, corpsFautif) }), dossier);
    expect(problemes.map((p) => p.champ ?? p.message.split(' :')[0])).toEqual(
      [
        'thematique',
        'thematiquesAssociees',
        'territoire.departements',
        'evaluation',
        'miseAJour',
        'cleInconnue',
        'section « Genese » inconnue',
        'section obligatoire « ## Évaluation » vide',
        'section obligatoire « ## Genèse et émergence » absente',
      ].map((x) => expect.stringContaining(x === 'cleInconnue' ? '' : x)),
    );
    expect(problemes.map((p) => p.ligne)).toEqual(problemes.map((p) => p.ligne).toSorted((a, b) => a - b));
    expect(bilan(problemes)).toBe(`${problemes.length} problèmes dans 1 fichier`);
  });

  it('lit une fiche enregistrée sous Windows (CRLF, marque d’ordre des octets), aux bons numéros de ligne', () => {
    const texte = avec((d) => (d.annee = 1900));
    const windows = `\uFEFF${texte.replace(/\n/g, '\r\n')}`;
    const { problemes } = verifierCatalogue(catalogue({ 'fiche-a.mdx': windows }), dossier);
    expect(problemes.map((p) => `${p.ligne} ${p.champ}`)).toEqual([`${ligneDe(texte, 'annee: 1900')} annee`]);
    writeFileSync(join(dossier, 'pratiques', 'fiche-a.mdx'), `\uFEFF${ficheTexte().replace(/\n/g, '\r\n')}`);
    expect(verifierCatalogue(dossier, dossier).problemes).toEqual([]);
  });

  it('vérifie le glossaire avec son schéma, ligne comprise, et accepte une entrée sans variantes', () => {
    const racine = catalogue({ 'fiche-a.mdx': ficheTexte() });
    const entrees = [
      { sigle: 'ASE', developpe: 'Aide sociale à l’enfance', definition: 'Le service départemental de protection de l’enfance.' },
      { sigle: 'CF', developpe: '' },
    ];
    const texte = JSON.stringify(entrees, null, 2);
    writeFileSync(join(racine, 'glossaire.json'), texte);
    const { problemes } = verifierCatalogue(racine, racine);
    // A missing field is found at the start of its entry.
    expect(problemes.map((p) => `${p.fichier}:${p.ligne} ${p.champ}`)).toEqual([
      `glossaire.json:${ligneDe(texte, '"sigle": "CF"') - 1} [1].definition`,
      `glossaire.json:${ligneDe(texte, '"developpe": ""')} [1].developpe`,
    ]);
    writeFileSync(join(racine, 'glossaire.json'), JSON.stringify(entrees.slice(0, 1)));
    expect(lireGlossaire(racine)).toEqual([{ ...entrees[0], variantes: [] }]);
    expect(verifierCatalogue(racine, racine).problemes).toEqual([]);
  });

  it('dit chaque défaut du résumé facile à lire à sa ligne : phrase trop longue, sigle du glossaire ou mot en majuscules inexpliqués', () => {
    const racine = catalogue({});
    writeFileSync(
      join(racine, 'glossaire.json'),
      JSON.stringify([
        { sigle: 'CAF', developpe: "Caisse d'allocations familiales", definition: 'L’organisme qui verse les prestations familiales.' },
      ]),
    );
    const phrases = [
      'La CAF aide la famille.',
      'Une réunion a lieu avec les proches, les voisins, les amis, les cousins et les professionnels.',
      'Le GRETA forme les parents.',
      'Ensemble, ils écrivent un plan.',
    ];
    const texte = avec((d) => (d.facileALire = phrases));
    writeFileSync(join(racine, 'pratiques', 'fiche-a.mdx'), texte);
    const ligne = (i: number) => ligneDe(texte, phrases[i]!.slice(0, 20));
    expect(verifierCatalogue(racine, racine).problemes.map(formater)).toEqual([
      `pratiques/fiche-a.mdx:${ligne(0)}: champ « facileALire[0] » (En facile à lire) : sigle « CAF » sans explication : écrivez-le en toutes lettres : Caisse d’allocations familiales`,
      expect.stringMatching(
        new RegExp(
          `^pratiques/fiche-a.mdx:${ligne(1)}: champ « facileALire\\[1\\] » \\(En facile à lire\\) : phrase de 16 mots : 15 au plus`,
        ),
      ),
      `pratiques/fiche-a.mdx:${ligne(2)}: champ « facileALire[2] » (En facile à lire) : mot en majuscules « GRETA » : un sigle s’écrit en toutes lettres dans le résumé facile à lire ; sinon, écrivez ce mot en minuscules`,
    ]);
    // Spelt out once anywhere in the summary, the acronym is explained.
    writeFileSync(
      join(racine, 'pratiques', 'fiche-a.mdx'),
      avec(
        (d) =>
          (d.facileALire = [
            ...phrases.slice(0, 1),
            'La caisse d’allocations familiales paie.',
            ...phrases.slice(3),
            'Une phrase de plus.',
          ]),
      ),
    );
    expect(verifierCatalogue(racine, racine).problemes.map(formater)).toEqual([]);
  });

  it('vérifie la table des synonymes : au moins deux termes, chaque terme dans un seul groupe, ligne comprise', () => {
    const racine = catalogue({ 'fiche-a.mdx': ficheTexte() });
    const groupes = [{ termes: ['sans-abri', 'SDF'] }, { termes: ['outreach'] }, { termes: ['Sans abri', 'homeless'], note: '' }];
    const texte = JSON.stringify(groupes, null, 2);
    writeFileSync(join(racine, 'synonymes.json'), texte);
    const { problemes } = verifierCatalogue(racine, racine);
    expect(problemes.map((p) => `${p.fichier}:${p.ligne} ${p.champ} ${p.message}`)).toEqual([
      expect.stringMatching(new RegExp(`^synonymes.json:${ligneDe(texte, '"outreach"') - 1} \\[1\\]\\.termes au moins 2`)),
      expect.stringMatching(
        new RegExp(`^synonymes.json:${ligneDe(texte, '"Sans abri"')} \\[2\\]\\.termes\\.0 .*« Sans abri » figure déjà`),
      ),
      expect.stringMatching(new RegExp(`^synonymes.json:${ligneDe(texte, '"note": ""')} \\[2\\]\\.note `)),
    ]);
    expect(lireSynonymes(racine)).toEqual([]);
    writeFileSync(join(racine, 'synonymes.json'), JSON.stringify(groupes.slice(0, 1)));
    expect(lireSynonymes(racine)).toEqual(groupes.slice(0, 1));
    expect(verifierCatalogue(racine, racine).problemes).toEqual([]);
  });

  it('vérifie les pages de thématique avec leur schéma', () => {
    const racine = catalogue({ 'fiche-a.mdx': ficheTexte() });
    const page = join(racine, 'thematiques', readdirSync(join(racine, 'thematiques'))[0]!);
    writeFileSync(page, readFileSync(page, 'utf8').replace(/^ordre: .*$/m, 'ordre: premier'));
    expect(verifierCatalogue(racine, racine).problemes.map((p) => `${p.champ} ${p.message}`)).toEqual([
      'ordre trouvé « premier », attendu un nombre',
    ]);
  });

  it('refuse un lien vers une fiche qui n’existe pas, en nommant fichier, ligne et champ', () => {
    const texte = avec((d) => (d.fichesLiees = ['fiche-b', 'fiche-c']));
    const { problemes } = verifierCatalogue(catalogue({ 'fiche-a.mdx': texte, 'fiche-b.mdx': ficheTexte() }), dossier);
    expect(problemes).toHaveLength(1);
    expect(formater(problemes[0]!)).toMatch(
      /^pratiques\/fiche-a\.mdx:\d+: champ « fichesLiees\[1\] » \(Fiches liées\) : la fiche « fiche-c » n’existe pas : vouliez-vous dire « fiche-b » \?/,
    );
    expect(texte.split('\n')[problemes[0]!.ligne - 1]).toContain('fiche-c');
  });

  /** A problem in one sheet (fiche-b) and one across sheets (fiche-a), beside a valid sheet. */
  const catalogueAProblemes = () =>
    catalogue({
      'fiche-a.mdx': avec((d) => (d.fichesLiees = ['fiche-b', 'absente'])),
      'fiche-b.mdx': avec((d) => (d.annee = 'deux-mille')),
      'fiche-c.mdx': ficheTexte(),
    });

  it('vérifie sur plusieurs fils comme sur un seul : mêmes problèmes aux mêmes lignes, mêmes fiches', async () => {
    const racine = catalogueAProblemes();
    const seul = verifierCatalogue(racine, racine);
    const plusieurs = await verifierCatalogueParallele(racine, racine, { travaux: 2, seuil: 0 });
    // A problem found by a thread (fiche-b) and one found across sheets, whose line is read again (fiche-a).
    expect(seul.problemes.map((p) => p.fichier)).toEqual(['pratiques/fiche-a.mdx', 'pratiques/fiche-b.mdx']);
    expect(plusieurs.problemes).toEqual(seul.problemes);
    expect(plusieurs.fiches.map(transmise)).toEqual(seul.fiches.map(transmise));
    expect(plusieurs.fiches.map((f) => f.ligne(['titre']))).toEqual(seul.fiches.map((f) => f.ligne(['titre'])));
  });

  it('vérifie dans un processus à part comme sur place : mêmes problèmes, mêmes fiches (sans leurs lignes)', async () => {
    const racine = catalogueAProblemes();
    const seul = verifierCatalogue(racine, racine);
    const aPart = await verifierAPart(racine, racine);
    expect(aPart.problemes.length).toBe(2);
    expect(aPart.problemes).toEqual(seul.problemes);
    expect(aPart.fiches).toEqual(seul.fiches.map(transmise));
  });

  it('refuse un ancien nom revendiqué deux fois ou déjà pris', () => {
    const { problemes } = verifierCatalogue(
      catalogue({
        'fiche-a.mdx': avec((d) => (d.anciensSlugs = ['vieux-nom'])),
        'fiche-b.mdx': avec((d) => (d.anciensSlugs = ['vieux-nom', 'fiche-a'])),
      }),
      dossier,
    );
    expect(problemes.map((p) => p.message)).toEqual([
      expect.stringMatching(/« vieux-nom » est déjà revendiqué par pratiques\/fiche-a\.mdx/),
      expect.stringMatching(/« fiche-a » est le nom d’une fiche existante/),
    ]);
  });

  it('refuse un nom de fichier qui n’est pas un identifiant, et un lien interne cassé', () => {
    const corpsLien = CORPS_VALIDE.replace('Texte.', 'Voir [la fiche](/pratiques/inexistante/) et [le glossaire](/glossaire/).');
    const { problemes } = verifierCatalogue(
      catalogue({ 'Fiche Ardèche.mdx': ficheTexte(), 'fiche-a.mdx': ficheTexte(undefined, corpsLien), 'page-2.mdx': ficheTexte() }),
      dossier,
    );
    expect(problemes.map((p) => `${p.fichier} ${p.message}`)).toEqual([
      expect.stringMatching(/^pratiques\/Fiche Ardèche\.mdx nom de fichier « Fiche Ardèche\.mdx » invalide/),
      expect.stringMatching(/^pratiques\/fiche-a\.mdx lien interne « \/pratiques\/inexistante\/ » cassé/),
      expect.stringMatching(/^pratiques\/page-2\.mdx nom de fichier « page-2\.mdx » réservé : c’est l’adresse d’une page de la liste/),
    ]);
  });

  it('connaît toutes les adresses du site, lues dans src/pages, et propose la barre oblique oubliée', () => {
    const fm = frontmatterValide();
    const vers = [
      '/',
      '/territoires/',
      '/chronologie/',
      `/chronologie/${fm.annee ?? 'sans-annee'}/`,
      `/publics/${fm.publics[0]}/`,
      `/territoires/${slugify(fm.territoire.pays[0]!)}/`,
      `/territoires/france/${fm.territoire.departements[0]!.toLowerCase()}/`,
      `/thematiques/${fm.thematique}/`,
      '/api/pratiques.json',
      '/pratiques/fiche-a/#evaluation',
    ];
    const corpsLiens = CORPS_VALIDE.replace(
      'Texte.',
      vers.map((v) => `[lien](${v})`).join(' ') +
        ' [sans barre](/glossaire) [absente](/nulle-part/) [page 2 d’une seule](/pratiques/page-2/)',
    );
    const { problemes } = verifierCatalogue(catalogue({ 'fiche-a.mdx': ficheTexte(fm, corpsLiens) }), dossier);
    expect(problemes.map((p) => p.message)).toEqual([
      expect.stringMatching(/^lien interne « \/glossaire » cassé : aucune page à cette adresse : vouliez-vous dire « \/glossaire\/ » \?$/),
      expect.stringMatching(/^lien interne « \/nulle-part\/ » cassé/),
      expect.stringMatching(/^lien interne « \/pratiques\/page-2\/ » cassé/),
    ]);
  });

  it('rapporte tous les problèmes de tous les fichiers en une fois', () => {
    const { problemes } = verifierCatalogue(
      catalogue({
        'fiche-a.mdx': avec((d) => {
          d.thematique = 'aller_vers';
          d.annee = 1900;
        }),
        'fiche-b.mdx': ficheTexte(undefined, `## ${SECTIONS_REQUISES[0]}\n\nx\n`),
      }),
      dossier,
    );
    expect(problemes.filter((p) => p.fichier.endsWith('fiche-a.mdx')).map((p) => p.champ)).toEqual(['thematique', 'annee']);
    // fiche-b: one problem per required section but the one it has.
    expect(problemes.filter((p) => p.fichier.endsWith('fiche-b.mdx')).map((p) => p.message)).toEqual(
      SECTIONS_REQUISES.slice(1).map((t) => expect.stringContaining(`section obligatoire « ## ${t} » absente`)),
    );
  });

  it('arrête la construction d’Astro sur une fiche invalide, et la laisse passer sinon', async () => {
    const racine = catalogue({ 'fiche-a.mdx': avec((d) => (d.fichesLiees = ['absente'])) });
    const lancer = async (command: 'build' | 'dev') => {
      const avertissements: string[] = [];
      const hook = verifier('.').hooks['astro:config:setup'] as (o: object) => Promise<void>;
      await hook({
        command,
        config: { root: new URL(`file://${racine}/`) },
        logger: { info() {}, warn: (m: string) => avertissements.push(m) },
      });
      return avertissements;
    };
    await expect(lancer('build')).rejects.toThrow(
      /1 problème dans 1 fichier du contenu : la construction est arrêtée\.\npratiques\/fiche-a\.mdx:\d+: champ « fichesLiees\[0\] »/,
    );
    expect((await lancer('dev'))[0]).toMatch(/la fiche « absente » n’existe pas/);
    writeFileSync(join(racine, 'pratiques', 'fiche-a.mdx'), ficheTexte());
    await expect(lancer('build')).resolves.toEqual([]);
  });
});
