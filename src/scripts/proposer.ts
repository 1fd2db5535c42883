// The « Proposer une fiche » form: builds the sheet file as the editor types and checks it with
// the same schema and messages as `npm run verifier`; then copy, download or propose it on GitHub.
import './zod-sans-eval.ts';
import { fiche, SLUG } from '../schema/fiche.ts';
import { formater, normaliserTitre, verifierFrontmatter, verifierLignes, verifierSections, type Probleme } from '../lib/controles.ts';
import { controlePour, ficheDepuisChamps, type Champs } from '../lib/formulaire.ts';
import { REGLE_SLUG, slugify, slugPropose } from '../lib/slug.ts';

export function demarrerFormulaire() {
  const section = document.querySelector<HTMLElement>('#proposer')!;
  const form = document.querySelector<HTMLFormElement>('#formulaire-fiche')!;
  const apercu = document.querySelector<HTMLElement>('#apercu')!;
  const bilan = document.querySelector<HTMLElement>('#bilan')!;
  const liste = document.querySelector<HTMLUListElement>('#bilan-liste')!;
  const slug = form.querySelector<HTMLInputElement>('#champ-slug')!;
  const titre = form.querySelector<HTMLInputElement>('#champ-titre')!;
  const copier = document.querySelector<HTMLButtonElement>('#copier')!;
  const telecharger = document.querySelector<HTMLAnchorElement>('#telecharger')!;
  const github = document.querySelector<HTMLAnchorElement>('#proposer-github')!;
  const { depot, branche } = section.dataset;
  const ids = new Set([...form.querySelectorAll('[id^="champ-"]')].map((e) => e.id));
  section.hidden = false;

  // A field shows its own error once the editor has left it; the summary lists every problem.
  const touches = new Set<string>();
  let slugModifie = false;
  let texte = '';
  let urlFichier = '';

  const champs = (): Champs => {
    const c: Champs = {};
    for (const [cle, valeur] of new FormData(form)) {
      if (typeof valeur !== 'string') continue;
      const cases = form.querySelector(`input[type="checkbox"][name="${CSS.escape(cle)}"]`);
      if (cases) c[cle] = [...((c[cle] as string[]) ?? []), valeur];
      else c[cle] = valeur;
    }
    return c;
  };

  /** The control that holds a problem: its field, its section, or the text it quotes. */
  function controle(p: Probleme, lignes: string[]): string | undefined {
    const viaChamp = controlePour(p.champ, ids);
    if (viaChamp) return viaChamp;
    const titreSection = /« (?:## )?([^»]+?) »/.exec(p.message)?.[1];
    if (titreSection && form.querySelector(`#section-${slugify(titreSection)}`)) return `section-${slugify(titreSection)}`;
    const ligne = lignes[p.ligne - 1]?.trim();
    const porteur = ligne && [...form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[type="text"], textarea')].find((e) => e.value.includes(ligne));
    return porteur ? porteur.id : undefined;
  }

  function valider() {
    if (!slugModifie) slug.value = slugPropose(titre.value);
    const nom = `content/pratiques/${slug.value || 'nouvelle-fiche'}.mdx`;
    texte = ficheDepuisChamps(champs());
    const lignes = texte.split('\n');
    const h2 = lignes.flatMap((l, i) => (l.startsWith('## ') ? [{ titre: normaliserTitre(l.slice(3)), ligne: i + 1 }] : []));
    const problemes = [
      ...verifierFrontmatter(nom, texte, fiche).problemes,
      ...verifierSections(nom, h2),
      ...verifierLignes(nom, texte),
      ...(SLUG.test(slug.value) ? [] : [{ fichier: nom, ligne: 1, champ: 'slug', message: `un nom en ${REGLE_SLUG}` }]),
    ];

    for (const e of form.querySelectorAll('[aria-invalid]')) e.removeAttribute('aria-invalid');
    for (const e of form.querySelectorAll('.erreur')) e.textContent = '';
    liste.replaceChildren();
    for (const p of problemes) {
      const id = p.champ === 'slug' ? 'champ-slug' : controle(p, lignes);
      const li = liste.appendChild(document.createElement('li'));
      const message = p.champ ? `${p.champ} : ${p.message}` : p.message;
      if (id) {
        if (touches.has(id)) {
          document.getElementById(id)!.setAttribute('aria-invalid', 'true');
          const erreur = document.getElementById(`${id}-erreur`)!;
          erreur.textContent = erreur.textContent ? `${erreur.textContent} ${p.message}` : p.message;
        }
        const a = li.appendChild(document.createElement('a'));
        a.href = `#${id}`;
        a.textContent = message;
      } else li.textContent = formater(p);
    }
    bilan.textContent = problemes.length
      ? `${problemes.length} point${problemes.length > 1 ? 's' : ''} à corriger avant de proposer la fiche.`
      : 'Aucun problème : la fiche est prête à être proposée.';

    apercu.textContent = texte;
    if (urlFichier) URL.revokeObjectURL(urlFichier);
    urlFichier = URL.createObjectURL(new Blob([texte], { type: 'text/markdown;charset=utf-8' }));
    telecharger.href = urlFichier;
    telecharger.download = `${slug.value || 'nouvelle-fiche'}.mdx`;
    github.href = `${depot}/new/${branche}?${new URLSearchParams({ filename: nom, value: texte })}`;
  }

  let minuterie: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('input', (e) => {
    if (e.target === slug) slugModifie = slug.value !== '';
    clearTimeout(minuterie);
    minuterie = setTimeout(valider, 150);
  });
  form.addEventListener('focusout', (e) => {
    const cible = e.target as HTMLElement;
    touches.add(cible.closest('fieldset.groupe')?.id ?? cible.id);
    valider();
  });
  // « Vérifier la fiche »: every field shows its errors, and focus goes to the summary.
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    for (const id of ids) touches.add(id);
    for (const e of form.querySelectorAll('[id^="section-"]')) touches.add(e.id);
    valider();
    document.querySelector<HTMLElement>('#bilan-titre')!.focus();
  });
  copier.addEventListener('click', async () => {
    await navigator.clipboard.writeText(texte);
    bilan.textContent = 'Le texte de la fiche est copié.';
  });
  valider();
}
