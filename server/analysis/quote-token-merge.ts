import type { Token } from './framing-tokens.ts';

const LETTER_END = /\p{L}$/u;
const LETTER_START = /^\p{L}/u;
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Joins the pieces wink-nlp cuts a word into at a non-ASCII letter ("Brudzi|ń|ski", "Ł|ukasz"), so names with
 * diacritics stay one capitalised proper noun instead of ending at the first accented letter.
 */
export function mergeLetterPieces(text: string, tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const prev = out[out.length - 1];
    if (prev && prev.end === t.start && joins(text, prev, t)) {
      const word = text.slice(prev.start, t.end);
      const capital = word[0] !== word[0]!.toLowerCase();
      const pos = capital ? 'PROPN' : prev.pos === 'X' ? t.pos : prev.pos;
      out[out.length - 1] = {
        lower: word.toLowerCase(),
        lemma: word.toLowerCase(),
        pos,
        start: prev.start,
        end: t.end,
      };
    } else out.push(t);
  }
  return out;
}

function joins(text: string, a: Token, b: Token): boolean {
  const left = text.slice(a.start, a.end);
  const right = text.slice(b.start, b.end);
  return (
    LETTER_END.test(left) &&
    LETTER_START.test(right) &&
    (NON_ASCII.test(left) || NON_ASCII.test(right))
  );
}
