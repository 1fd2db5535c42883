// Raw HTML in a sheet: a message that names the element and its attributes and says what to write
// in Markdown instead (MDX would otherwise answer with its parser's words only).

const AU_LIEU: Record<string, string> = {
  img: 'pour une image, écrivez ![description de l’image](adresse)',
  a: 'pour un lien, écrivez [texte du lien](adresse)',
  strong: 'pour du gras, écrivez **texte**',
  b: 'pour du gras, écrivez **texte**',
  em: 'pour de l’italique, écrivez *texte*',
  i: 'pour de l’italique, écrivez *texte*',
  br: 'pour changer de paragraphe, laissez une ligne vide',
  p: 'un paragraphe s’écrit sans balise, séparé des autres par une ligne vide',
  ul: 'pour une liste, commencez chaque ligne par « - »',
  ol: 'pour une liste numérotée, commencez chaque ligne par « 1. »',
  li: 'pour une liste, commencez chaque ligne par « - »',
  blockquote: 'pour une citation, commencez la ligne par « > »',
  table: 'pour un tableau, écrivez ses lignes entre barres : | colonne | colonne |',
};
const TITRE = 'pour un titre, écrivez « ## Titre » ou « ### Sous-titre »';
const SINON = 'supprimez la balise et gardez son texte';

/** The message for `<nom attributs…>` found in a sheet. */
export function messageBalise(nom: string, attributs: readonly string[]): string {
  const bas = nom.toLowerCase();
  if (bas === 'script') return 'balise <script> interdite : aucun script dans une fiche';
  const scripts = attributs.filter((a) => /^on/i.test(a));
  const conseil = AU_LIEU[bas] ?? (/^h[1-6]$/.test(bas) ? TITRE : SINON);
  return `balise HTML <${nom}>${attributs.length ? ` (attributs : ${attributs.join(', ')})` : ''} non permise : une fiche s’écrit en Markdown simple ; ${conseil}${
    scripts.length ? ` ; ${scripts.map((a) => `l’attribut « ${a} »`).join(', ')} lance un script : il est interdit` : ''
  }`;
}

/** The first HTML-looking tag of a line, with its attribute names (MDX cannot parse unquoted values). */
export function baliseDans(ligne: string): { nom: string; attributs: string[] } | undefined {
  const m = /<([a-zA-Z][\w-]*)((?:\s[^>]*)?)\/?>?/.exec(ligne);
  if (!m) return undefined;
  const attributs = [...m[2]!.matchAll(/([a-zA-Z_:][\w:.-]*)\s*(?:=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/g)].map((a) => a[1]!);
  return { nom: m[1]!, attributs };
}
