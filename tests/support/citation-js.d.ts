// The little of citation-js (no types of its own) that the tests use: parse a text into CSL-JSON items.
declare module '@citation-js/core' {
  interface Nom {
    literal?: string;
    family?: string;
    given?: string;
  }
  interface Date {
    'date-parts': number[][];
  }
  export interface ItemCsl {
    type: string;
    title: string;
    author?: Nom[];
    issued?: Date;
    accessed?: Date;
    URL?: string;
  }
  export class Cite {
    constructor(donnees: string);
    data: ItemCsl[];
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
