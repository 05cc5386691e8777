/** A run of display text, emphasised when the article wrote it as Markdown `*…*` or `**…**`. */
export interface EmphasisPiece {
  text: string;
  em: boolean;
}

// The analyzer keeps the asterisks (offsets point into the text as written); readers should see italics instead.
const EMPHASIS = /(\*{1,2})(?=\S)([^*]+?)(?<=\S)\1/g;

/** Splits text into plain and emphasised runs, dropping the asterisks of each emphasis. */
export function emphasisPieces(text: string): EmphasisPiece[] {
  const pieces: EmphasisPiece[] = [];
  let at = 0;
  for (const m of text.matchAll(EMPHASIS)) {
    if (m.index > at) pieces.push({ text: text.slice(at, m.index), em: false });
    pieces.push({ text: m[2] ?? '', em: true });
    at = m.index + m[0].length;
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at), em: false });
  return pieces;
}
