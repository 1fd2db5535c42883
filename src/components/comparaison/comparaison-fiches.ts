// <comparaison-fiches> on /comparer/: reads ?fiches= and builds the table (sheets as columns, fields as
// rows) from /api/pratiques.json; otherwise says what is missing and where to choose sheets.
import { cellule, lignesPour, lireDemande, MAX_COMPARAISON, messageInconnues, urlComparaison, type Ligne } from '../../lib/comparaison.ts';
import type { Enregistrement } from '../../lib/donnees.ts';
import { nombre } from '../../lib/format.ts';
import { NON_RENSEIGNE } from '../../schema/vocabulaire.ts';
import { annoncer, copier } from '../annonce.ts';

customElements.define(
  'comparaison-fiches',
  class extends HTMLElement {
    connectedCallback() {
      void demarrer(this);
    }
  },
);

async function demarrer(racine: HTMLElement) {
  const $ = <T extends HTMLElement>(id: string) => racine.querySelector<T>(`#${id}`)!;
  const catalogue = new Map<string, Enregistrement>();
  for (const e of ((await (await fetch(racine.dataset.api!)).json()) as { pratiques: Enregistrement[] }).pratiques)
    catalogue.set(e.slug, e);
  const { fiches, inconnues, obstacle } = lireDemande(location.search, (s) => catalogue.has(s));
  const choisies = fiches.map((s) => catalogue.get(s)!);
  // Links stay on this site, wherever it is served (the records carry the canonical address).
  const chemin = (f: Enregistrement) => new URL(f.url).pathname;
  const lien = (texte: string, adresse: string) => Object.assign(document.createElement('a'), { href: adresse, textContent: texte });

  if (inconnues.length) {
    $('comparaison-inconnues').textContent = messageInconnues(inconnues);
    $('comparaison-inconnues').hidden = false;
  }
  const statut = $('comparaison-statut');
  if (obstacle) {
    statut.textContent = obstacle;
    $('comparaison-aide').hidden = false;
    $('comparaison-demandees').replaceChildren(
      ...choisies.map((f) => document.createElement('li').appendChild(lien(f.titre, chemin(f))).parentElement!),
    );
    if (fiches.length > MAX_COMPARAISON) {
      const premieres = $('comparaison-premieres');
      premieres.hidden = false;
      const a = premieres.querySelector('a')!;
      a.href = urlComparaison(location.pathname, fiches.slice(0, MAX_COMPARAISON));
      a.textContent = `Comparer les ${MAX_COMPARAISON} premières`;
    }
    return;
  }

  // The column headings name the sheets: a short caption keeps a phone's first screen for them.
  $('comparaison-legende').textContent = `Comparaison de ${nombre(choisies.length, 'fiche')}`;
  const table = racine.querySelector('table')!;
  const entete = table.tHead!.rows[0]!;
  for (const f of choisies) {
    const th = entete.appendChild(document.createElement('th'));
    th.scope = 'col';
    th.className = 'comparaison-fiche';
    th.append(lien(f.titre, chemin(f)));
  }
  const corps = table.tBodies[0]!;
  for (const ligne of lignesPour(JSON.parse(racine.dataset.lignes!) as Ligne[], choisies)) {
    const tr = corps.insertRow();
    tr.dataset.champ = ligne.chemin;
    const th = tr.appendChild(document.createElement('th'));
    th.scope = 'row';
    th.textContent = ligne.libelle;
    for (const f of choisies) {
      const morceaux = cellule(ligne, f).map((m) => (m.ancre ? lien(m.texte, `${chemin(f)}#${m.ancre}`) : m.texte));
      const td = tr.insertCell();
      td.append(morceaux.length > 1 ? liste(morceaux) : (morceaux[0] ?? NON_RENSEIGNE));
    }
  }
  $('comparaison').hidden = false;
  document.title = `${choisies.map((f) => f.titre).join(' · ')} — ${document.title}`;
  $('comparaison-copier').addEventListener('click', () => void copier(location.href, 'Lien de la comparaison copié.'));
  $('comparaison-imprimer').addEventListener('click', () => print());
  annoncer(`${nombre(choisies.length, 'fiche')} côte à côte.`);
}

function liste(morceaux: (string | Node)[]) {
  const ul = document.createElement('ul');
  for (const m of morceaux) ul.appendChild(document.createElement('li')).append(m);
  return ul;
}
