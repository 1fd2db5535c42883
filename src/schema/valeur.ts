// A field's value by its path, apart from the registry so that browser code reads records without zod.

/** The value of a field in parsed data, by its path (`territoire.pays`). */
export const valeurDe = (donnees: unknown, chemin: string): unknown =>
  chemin.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), donnees);
