// <formulaire-fiche>: builds the sheet file as the editor types and checks it with the same schema and
// messages as `npm run verifier`; then copy, download or propose it on GitHub.
import './zod-sans-eval.ts';
import { fiche, SLUG } from '../../schema/fiche.ts';
import { formater, normaliserTitre, verifierFrontmatter, verifierLignes, verifierSections, type Probleme } from '../../lib/controles.ts';
import { controlePour, ficheDepuisChamps, type Champs } from '../../lib/formulaire.ts';
import { REGLE_SLUG, slugify, slugPropose } from '../../lib/slug.ts';
import { copier } from '../annonce.ts';

class FormulaireFiche extends HTMLElement {
  /** Controls whose errors show: those the editor has left once. */
  #touches = new Set<string>();
  #slugModifie = false;
  #texte = '';
  #urlFichier = '';
  #minuterie: ReturnType<typeof setTimeout> | undefined;

  #el = <T extends Element>(selecteur: string) => this.querySelector<T>(selecteur)!;
  #form = this.#el<HTMLFormElement>('#formulaire-fiche');
  #slug = this.#el<HTMLInputElement>('#champ-slug');
  #ids = new Set([...this.#form.querySelectorAll('[id^="champ-"]')].map((e) => e.id));

  connectedCallback() {
    this.#el<HTMLElement>('#proposer').hidden = false;
    this.#form.addEventListener('input', (e) => {
      if (e.target === this.#slug) this.#slugModifie = this.#slug.value !== '';
      clearTimeout(this.#minuterie);
      this.#minuterie = setTimeout(() => this.#valider(), 150);
    });
    this.#form.addEventListener('focusout', (e) => {
      const cible = e.target as HTMLElement;
      this.#touches.add(cible.closest('fieldset.groupe')?.id ?? cible.id);
      this.#valider();
    });
    // « Vérifier la fiche »: every field shows its errors, and focus goes to the summary.
    this.#form.addEventListener('submit', (e) => {
      e.preventDefault();
      for (const id of this.#ids) this.#touches.add(id);
      for (const s of this.#form.querySelectorAll('[id^="section-"]')) this.#touches.add(s.id);
      this.#valider();
      this.#el<HTMLElement>('#bilan-titre').focus();
    });
    this.#el('#copier').addEventListener('click', () => void copier(this.#texte, 'Le texte de la fiche est copié.'));
    this.#valider();
  }

  #champs(): Champs {
    const c: Champs = {};
    for (const [cle, valeur] of new FormData(this.#form)) {
      if (typeof valeur !== 'string') continue;
      const cases = this.#form.querySelector(`input[type="checkbox"][name="${CSS.escape(cle)}"]`);
      c[cle] = cases ? [...((c[cle] as string[]) ?? []), valeur] : valeur;
    }
    return c;
  }

  /** The control that holds a problem: its field, its section, or the text it quotes. */
  #controle(p: Probleme, lignes: string[]): string | undefined {
    const viaChamp = controlePour(p.champ, this.#ids);
    if (viaChamp) return viaChamp;
    const titreSection = /« (?:## )?([^»]+?) »/.exec(p.message)?.[1];
    if (titreSection && this.querySelector(`#section-${slugify(titreSection)}`)) return `section-${slugify(titreSection)}`;
    const ligne = lignes[p.ligne - 1]?.trim();
    const porteur = ligne && [...this.#form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[type="text"], textarea')].find((e) => e.value.includes(ligne));
    return porteur ? porteur.id : undefined;
  }

  #valider() {
    if (!this.#slugModifie) this.#slug.value = slugPropose(this.#el<HTMLInputElement>('#champ-titre').value);
    const nom = `content/pratiques/${this.#slug.value || 'nouvelle-fiche'}.mdx`;
    this.#texte = ficheDepuisChamps(this.#champs());
    const lignes = this.#texte.split('\n');
    const h2 = lignes.flatMap((l, i) => (l.startsWith('## ') ? [{ titre: normaliserTitre(l.slice(3)), ligne: i + 1 }] : []));
    const problemes = [
      ...verifierFrontmatter(nom, this.#texte, fiche).problemes,
      ...verifierSections(nom, h2),
      ...verifierLignes(nom, this.#texte),
      ...(SLUG.test(this.#slug.value) ? [] : [{ fichier: nom, ligne: 1, champ: 'slug', message: `un nom en ${REGLE_SLUG}` }]),
    ];
    this.#afficher(problemes, lignes);

    const { depot, branche } = this.#el<HTMLElement>('#proposer').dataset;
    this.#el('#apercu').textContent = this.#texte;
    if (this.#urlFichier) URL.revokeObjectURL(this.#urlFichier);
    this.#urlFichier = URL.createObjectURL(new Blob([this.#texte], { type: 'text/markdown;charset=utf-8' }));
    const telecharger = this.#el<HTMLAnchorElement>('#telecharger');
    telecharger.href = this.#urlFichier;
    telecharger.download = `${this.#slug.value || 'nouvelle-fiche'}.mdx`;
    this.#el<HTMLAnchorElement>('#proposer-github').href = `${depot}/new/${branche}?${new URLSearchParams({ filename: nom, value: this.#texte })}`;
  }

  /** Each problem on its control (once the editor has left it) and in the summary, as a link to it. */
  #afficher(problemes: Probleme[], lignes: string[]) {
    for (const e of this.#form.querySelectorAll('[aria-invalid]')) e.removeAttribute('aria-invalid');
    for (const e of this.#form.querySelectorAll('.erreur')) e.textContent = '';
    const liste = this.#el<HTMLUListElement>('#bilan-liste');
    liste.replaceChildren();
    for (const p of problemes) {
      const id = p.champ === 'slug' ? 'champ-slug' : this.#controle(p, lignes);
      const li = liste.appendChild(document.createElement('li'));
      if (!id) {
        li.textContent = formater(p);
        continue;
      }
      if (this.#touches.has(id)) {
        this.querySelector(`#${CSS.escape(id)}`)!.setAttribute('aria-invalid', 'true');
        const erreur = this.querySelector(`#${CSS.escape(`${id}-erreur`)}`)!;
        erreur.textContent = erreur.textContent ? `${erreur.textContent} ${p.message}` : p.message;
      }
      const a = li.appendChild(document.createElement('a'));
      a.href = `#${id}`;
      a.textContent = p.champ ? `${p.champ} : ${p.message}` : p.message;
    }
    this.#el('#bilan').textContent = problemes.length
      ? `${problemes.length} point${problemes.length > 1 ? 's' : ''} à corriger avant de proposer la fiche.`
      : 'Aucun problème : la fiche est prête à être proposée.';
  }
}

customElements.define('formulaire-fiche', FormulaireFiche);
