// The open-data form of a sheet: every frontmatter field, plus its slug and permanent URL.
import type { Fiche } from '../schema/fiche.ts';

type FicheBrute = Omit<Fiche, 'fichesLiees'> & { fichesLiees: readonly (string | { id: string })[] };

export function enregistrement(slug: string, f: FicheBrute, url: (slug: string) => string) {
  return {
    slug,
    url: url(slug),
    ...f,
    fichesLiees: f.fichesLiees.map((r) => (typeof r === 'string' ? r : r.id)),
  };
}
export type Enregistrement = ReturnType<typeof enregistrement>;

/** The CSV columns: one line per sheet; lists joined by « | », sources as « auteur — titre (référence) ». */
export const COLONNES = [
  'slug', 'url', 'titre', 'resume', 'thematique', 'thematiquesAssociees', 'nature', 'territoire.libelle', 'territoire.pays',
  'territoire.departements', 'territoire.echelle', 'annee', 'anneeTexte', 'porteurs', 'typesActeurs', 'partenaires', 'publics',
  'publicsTexte', 'etat', 'evaluation', 'participation', 'motsCles', 'sources', 'liens', 'fichesLiees', 'miseAJour', 'anciensSlugs',
] as const;

export function ligneCsv(e: Enregistrement): string[] {
  const valeur = (col: (typeof COLONNES)[number]): unknown => {
    if (col === 'sources') return e.sources.map((s) => `${s.auteur} — ${s.titre}${s.reference ? ` (${s.reference})` : ''}`);
    if (col === 'liens') return e.liens.map((l) => l.url);
    return col.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], e);
  };
  return COLONNES.map((col) => {
    const v = valeur(col);
    return Array.isArray(v) ? v.join(' | ') : v === null || v === undefined ? '' : String(v);
  });
}
