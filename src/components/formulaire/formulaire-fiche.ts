// <formulaire-fiche>: builds the sheet file as the editor types and checks it with the same schema and
// messages as `npm run verifier`; keeps a draft in this browser; then copy, download or propose it on GitHub.
import { fiche, SLUG } from '../../schema/fiche.ts';
import { formater, sectionsDe, verifierFrontmatter, verifierLignes, verifierSections, type Probleme } from '../../lib/controles.ts';
import { nombre } from '../../lib/format.ts';
import { adresseProposition, controlePour, ficheDepuisChamps, INDICE, nomLisible, NUMERO, type Champs } from '../../lib/formulaire.ts';
import { REGLE_SLUG, slugify, slugPropose } from '../../lib/slug.ts';
import { annoncer, copier } from '../annonce.ts';

const CLE_BROUILLON = 'pratiques-emergentes:brouillon-fiche';
const NOM_FICHIER = 'Nom du fichier';

class FormulaireFiche extends HTMLElement {
  /** Controls whose errors show: those the editor has left once. */
  #touches = new Set<string>();
  #slugModifie = false;
  #texte = '';
  #urlFichier = '';
  #minuterie: ReturnType<typeof setTimeout> | undefined;
  /** While a pointer is down, errors wait: text appearing above would move the control being clicked. */
  #pointeur = false;
  #enAttente = false;
  /** Names already taken, by the address of their page (a renamed sheet's old name redirects). */
  #pris = new Map<string, boolean>();

  #el = <T extends Element>(selecteur: string) => this.querySelector<T>(selecteur)!;
  #form = this.#el<HTMLFormElement>('#formulaire-fiche');
  #slug = this.#el<HTMLInputElement>('#champ-slug');
  #ids = () => new Set([...this.#form.querySelectorAll('[id^="champ-"]')].map((e) => e.id));

  connectedCallback() {
    this.#el<HTMLElement>('#proposer').hidden = false;
    this.#restaurer();
    this.#form.addEventListener('input', (e) => {
      if (e.target === this.#slug) this.#slugModifie = this.#slug.value !== '';
      this.#enregistrer();
      clearTimeout(this.#minuterie);
      this.#minuterie = setTimeout(() => this.#valider(), 150);
    });
    this.#form.addEventListener('focusout', (e) => {
      const cible = e.target as HTMLElement;
      this.#touches.add((cible.matches('input[type="checkbox"]') && cible.closest('fieldset.groupe')?.id) || cible.id);
      this.#valider();
    });
    addEventListener('pointerdown', () => (this.#pointeur = true), true);
    addEventListener(
      'pointerup',
      () => {
        this.#pointeur = false;
        // After the click has landed where the editor aimed.
        if (this.#enAttente) setTimeout(() => this.#valider());
      },
      true,
    );
    this.#form.addEventListener('click', (e) => this.#lignes(e));
    // « Vérifier la fiche »: every field shows its errors, and focus goes to the summary.
    this.#form.addEventListener('submit', (e) => {
      e.preventDefault();
      for (const id of this.#ids()) this.#touches.add(id);
      for (const s of this.#form.querySelectorAll('[id^="section-"]')) this.#touches.add(s.id);
      this.#valider();
      this.#el<HTMLElement>('#bilan-titre').focus();
    });
    this.#el('#copier').addEventListener('click', () => void copier(this.#texte, 'Le texte de la fiche est copié.'));
    this.#el('#effacer-brouillon').addEventListener('click', () => {
      localStorage.removeItem(CLE_BROUILLON);
      this.#form.reset();
      for (const liste of this.#form.querySelectorAll<HTMLElement>('[data-liste]'))
        this.#ajusterLignes(liste, liste.querySelector('.lignes')!.childElementCount ? 1 : 0);
      this.#touches.clear();
      this.#slugModifie = false;
      this.#valider();
      annoncer('Brouillon effacé.');
    });
    this.#el<HTMLAnchorElement>('#proposer-github').addEventListener('click', (e) => {
      const lien = e.currentTarget as HTMLAnchorElement;
      if (!lien.hasAttribute('data-a-coller')) return;
      e.preventDefault();
      void copier(this.#texte, 'Fiche copiée : collez-la dans la page qui s’ouvre.').then(() => location.assign(lien.href));
    });
    this.#valider();
  }

  /** The rows of a list of objects: add one from its template, remove one and renumber the others. */
  #lignes(e: Event) {
    const bouton = (e.target as Element).closest('button[data-ajouter], button[data-retirer]');
    const liste = bouton?.closest<HTMLElement>('[data-liste]');
    if (!bouton || !liste) return;
    const lignes = liste.querySelector('.lignes')!;
    if (bouton.hasAttribute('data-ajouter')) {
      this.#ajusterLignes(liste, lignes.childElementCount + 1);
      lignes.lastElementChild!.querySelector<HTMLElement>('input, textarea, select')?.focus();
    } else {
      bouton.closest('.ligne')!.remove();
      this.#renumeroter(liste);
      this.#enregistrer();
      (lignes.lastElementChild?.querySelector<HTMLElement>('input') ?? liste.querySelector<HTMLElement>('[data-ajouter]'))!.focus();
    }
    this.#valider();
  }

  #ajusterLignes(liste: HTMLElement, n: number) {
    const lignes = liste.querySelector('.lignes')!;
    const modele = liste.querySelector('template')!.innerHTML;
    while (lignes.childElementCount > n) lignes.lastElementChild!.remove();
    while (lignes.childElementCount < n) {
      const i = lignes.childElementCount;
      lignes.insertAdjacentHTML('beforeend', modele.replaceAll(INDICE, String(i)).replaceAll(NUMERO, String(i + 1)));
    }
  }

  #renumeroter(liste: HTMLElement) {
    const nom = liste.dataset.liste!;
    const motif = new RegExp(`${nom.replace(/[.[\]]/g, '\\$&')}\\[\\d+\\]`, 'g');
    [...liste.querySelectorAll('.lignes > .ligne')].forEach((ligne, i) => {
      for (const e of ligne.querySelectorAll('*')) {
        for (const a of ['name', 'id', 'for', 'aria-describedby']) {
          const v = e.getAttribute(a);
          if (v) e.setAttribute(a, v.replace(motif, `${nom}[${i}]`));
        }
      }
      ligne.querySelector('legend')!.textContent = `Ligne ${i + 1}`;
      ligne.querySelector('[data-retirer]')!.textContent = `Retirer la ligne ${i + 1}`;
    });
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

  /** The draft: every value typed, kept in this browser so that a reload or a closed tab loses nothing. */
  #enregistrer() {
    try {
      localStorage.setItem(CLE_BROUILLON, JSON.stringify({ champs: this.#champs(), slugModifie: this.#slugModifie }));
    } catch {
      // storage full or refused: the form works on, without a draft
    }
  }

  #restaurer() {
    let brouillon: { champs?: Champs; slugModifie?: boolean } | undefined;
    try {
      brouillon = JSON.parse(localStorage.getItem(CLE_BROUILLON) ?? 'null') ?? undefined;
    } catch {
      return;
    }
    if (!brouillon?.champs) return;
    for (const liste of this.#form.querySelectorAll<HTMLElement>('[data-liste]')) {
      const lignes = Object.keys(brouillon.champs).map((k) =>
        k.startsWith(`${liste.dataset.liste}[`) ? Number(/\[(\d+)\]/.exec(k.slice(liste.dataset.liste!.length))?.[1]) + 1 : 0,
      );
      this.#ajusterLignes(liste, Math.max(liste.querySelector('.lignes')!.childElementCount, ...lignes));
    }
    for (const e of this.#form.elements) {
      if (!(e instanceof HTMLInputElement || e instanceof HTMLTextAreaElement || e instanceof HTMLSelectElement) || !e.name) continue;
      const v = brouillon.champs[e.name];
      if (e instanceof HTMLInputElement && e.type === 'checkbox') e.checked = Array.isArray(v) && v.includes(e.value);
      else if (typeof v === 'string') e.value = v;
    }
    this.#slugModifie = brouillon.slugModifie === true;
    annoncer('Votre brouillon a été rétabli.');
  }

  /** The control that holds a problem: its field, its section, or the text it quotes. */
  #controle(p: Probleme, lignes: string[], ids: ReadonlySet<string>): string | undefined {
    const viaChamp = controlePour(p.champ, ids);
    if (viaChamp) return viaChamp;
    const titreSection = /« (?:## )?([^»]+?) »/.exec(p.message)?.[1];
    if (titreSection && this.querySelector(`#section-${slugify(titreSection)}`)) return `section-${slugify(titreSection)}`;
    const ligne = lignes[p.ligne - 1]?.trim();
    const porteur =
      ligne &&
      [...this.#form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[type="text"], textarea')].find((e) =>
        e.value.includes(ligne),
      );
    return porteur ? porteur.id : undefined;
  }

  /** Whether a sheet or an old address already answers at this name. */
  async #dejaPris(slug: string): Promise<boolean> {
    if (!this.#pris.has(slug)) {
      const reponse = await fetch(`${import.meta.env.BASE_URL}pratiques/${slug}/`, { method: 'HEAD' }).catch(() => undefined);
      this.#pris.set(slug, reponse?.ok === true);
    }
    return this.#pris.get(slug)!;
  }

  #valider() {
    if (this.#pointeur) {
      this.#enAttente = true;
      return;
    }
    this.#enAttente = false;
    if (!this.#slugModifie) this.#slug.value = slugPropose(this.#el<HTMLInputElement>('#champ-titre').value);
    const slug = this.#slug.value;
    const nom = `content/pratiques/${slug || 'nouvelle-fiche'}.mdx`;
    this.#texte = ficheDepuisChamps(this.#champs());
    const problemes = [
      ...verifierFrontmatter(nom, this.#texte, fiche).problemes,
      ...verifierSections(nom, sectionsDe(this.#texte)),
      ...verifierLignes(nom, this.#texte),
      ...(SLUG.test(slug) ? [] : [{ fichier: nom, ligne: 1, champ: 'slug', libelle: NOM_FICHIER, message: `un nom en ${REGLE_SLUG}` }]),
    ];
    this.#afficher(problemes, this.#texte.split('\n'));
    if (SLUG.test(slug)) {
      void this.#dejaPris(slug).then((pris) => {
        if (!pris || slug !== this.#slug.value) return;
        this.#afficher(
          [
            ...problemes,
            {
              fichier: nom,
              ligne: 1,
              champ: 'slug',
              libelle: NOM_FICHIER,
              message: `la fiche « ${slug} » existe déjà (ou c’est l’ancien nom d’une fiche) : choisissez un autre nom`,
            },
          ],
          this.#texte.split('\n'),
        );
      });
    }

    const { depot, branche } = this.#el<HTMLElement>('#proposer').dataset;
    this.#el('#apercu').textContent = this.#texte;
    if (this.#urlFichier) URL.revokeObjectURL(this.#urlFichier);
    this.#urlFichier = URL.createObjectURL(new Blob([this.#texte], { type: 'text/markdown;charset=utf-8' }));
    const telecharger = this.#el<HTMLAnchorElement>('#telecharger');
    telecharger.href = this.#urlFichier;
    telecharger.download = `${slug || 'nouvelle-fiche'}.mdx`;
    const proposition = adresseProposition(depot!, branche!, nom, this.#texte);
    const github = this.#el<HTMLAnchorElement>('#proposer-github');
    github.href = proposition.url;
    github.toggleAttribute('data-a-coller', proposition.aColler);
    this.#el<HTMLElement>('#proposer-coller').hidden = !proposition.aColler;
  }

  /** Each problem on its control (once the editor has left it) and in the summary, as a link to it. */
  #afficher(problemes: Probleme[], lignes: string[]) {
    const ids = this.#ids();
    for (const e of this.#form.querySelectorAll('[aria-invalid]')) e.removeAttribute('aria-invalid');
    for (const e of this.#form.querySelectorAll('.erreur')) e.textContent = '';
    const liste = this.#el<HTMLUListElement>('#bilan-liste');
    liste.replaceChildren();
    for (const p of problemes) {
      const id = p.champ === 'slug' ? 'champ-slug' : this.#controle(p, lignes, ids);
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
      a.textContent = p.champ ? `${p.libelle === NOM_FICHIER ? NOM_FICHIER : nomLisible(p.champ)} : ${p.message}` : p.message;
    }
    this.#el('#bilan').textContent = problemes.length
      ? `${nombre(problemes.length, 'point')} à corriger avant de proposer la fiche.`
      : 'Aucun problème : la fiche est prête à être proposée.';
  }
}

customElements.define('formulaire-fiche', FormulaireFiche);
