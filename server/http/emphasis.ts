/** A run of display text, emphasised when the article wrote it as Markdown `*…*` or `**…**`. */
export interface EmphasisPiece {
  text: string;
  em: boolean;
}

// The analyzer keeps the asterisks (offsets point into the text as written); readers should see italics instead.
const EMPHASIS = /(\*{1,2})(?=\S)([^*]+?)(?<=\S)\1/g;

/** Texts already split: every student's page shows the same few sentences (bounded, emptied when full). */
const split = new Map<string, readonly EmphasisPiece[]>();
const SPLITS_KEPT = 2_000;

/** Splits text into plain and emphasised runs, dropping the asterisks of each emphasis (read-only, shared). */
export function emphasisPieces(text: string): readonly EmphasisPiece[] {
  let pieces = split.get(text);
  if (!pieces) {
    if (split.size >= SPLITS_KEPT) split.clear();
    pieces = Object.freeze(splitEmphasis(text).map((p) => Object.freeze(p)));
    split.set(text, pieces);
  }
  return pieces;
}

function splitEmphasis(text: string): EmphasisPiece[] {
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
