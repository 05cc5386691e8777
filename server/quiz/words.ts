import { its, tagger } from '../analysis/grammar/nlp.ts';
import type { Span } from '../analysis/index.ts';

/** A word of a sentence with its offsets and part of speech (universal tags: NOUN, ADJ, …). */
export interface Word extends Span {
  text: string;
  pos: string;
}

/** The words of a text in order (punctuation left out; "Trump’s" is "Trump" and "’s"). */
export function wordsOf(text: string): Word[] {
  const doc = tagger.readDoc(text);
  const values = doc.tokens().out(its.value);
  const tags = doc.tokens().out(its.pos);
  const words: Word[] = [];
  let cursor = 0;
  values.forEach((value, i) => {
    const start = text.indexOf(value, cursor);
    // wink may normalise a token's form; such a token cannot be highlighted, so it is skipped.
    if (start < 0) return;
    cursor = start + value.length;
    const pos = tags[i] ?? 'X';
    if (pos !== 'PUNCT' && pos !== 'SYM' && /[\p{L}\p{N}]/u.test(value))
      words.push({ text: value, start, end: cursor, pos });
  });
  return words;
}

/** True when at most spaces stand between two words, so they read as one phrase (no comma, dash or quote mark). */
export function joinable(text: string, left: Span, right: Span): boolean {
  return /^ *$/.test(text.slice(left.end, right.start));
}

/** True when the two spans share at least one character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
