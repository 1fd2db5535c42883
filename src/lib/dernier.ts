// One search at a time, the latest one asked for: while Pagefind's worker answers a query, the keys typed
// meanwhile only change which query runs next. The queries in between would keep the worker busy, each
// after the other, and the last key's results would wait behind them all.

/**
 * `tache` wrapped so that calls run one after another and a call made while one runs replaces the call
 * still waiting, if any: the latest call always runs, those a newer call overtook never start. A call's
 * promise settles when its own run ends, or at once when a newer call overtakes it.
 */
export function leDernier<A>(tache: (a: A) => Promise<void>): (a: A) => Promise<void> {
  let enCours: Promise<void> | undefined;
  let attente: { a: A; fin: () => void; echec: (e: unknown) => void } | undefined;
  const suivre = () => {
    const prochain = attente;
    attente = undefined;
    if (!prochain) return void (enCours = undefined);
    enCours = tache(prochain.a).then(prochain.fin, prochain.echec).finally(suivre);
  };
  return (a) =>
    new Promise<void>((fin, echec) => {
      attente?.fin();
      attente = { a, fin, echec };
      if (!enCours) suivre();
    });
}
