import { sentenceWords, type Span, type Word } from '../analysis/index.ts';

export type { Word };

/** The words of a sentence, from the analysis's own parse of it (no second tokenizer, no second token type). */
export const wordsOf = sentenceWords;

/** True when at most spaces stand between two words, so they read as one phrase (no comma, dash or quote mark). */
export function joinable(text: string, left: Span, right: Span): boolean {
  return /^ *$/.test(text.slice(left.end, right.start));
}

/** True when the two spans share at least one character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
