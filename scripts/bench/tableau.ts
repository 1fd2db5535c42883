// The Markdown pieces of BENCHMARKS.md that every part of the bench writes.

/** A table row: `| a | b |`. */
export const ligne = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
/** A budget met or missed. */
export const ok = (b: boolean) => (b ? '✅' : '❌');
/** Bytes in kilobytes, as the tables print them. */
export const ko = (o: number) => `${(o / 1024).toFixed(1)} Ko`;
