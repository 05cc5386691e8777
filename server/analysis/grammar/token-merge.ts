import { makeToken, type Token } from './token.ts';

const LETTER = /\p{L}/u;

/**
 * Joins the pieces wink-nlp cuts a word into at a non-ASCII letter ("Brudzi|ń|ski", "Ł|ukasz"), so names with
 * diacritics stay one capitalised proper noun instead of ending at the first accented letter.
 */
export function mergeLetterPieces(text: string, tokens: Token[]): Token[] {
  // a new array only from the first joint on (until then it would hold the same tokens): most articles have none
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = out ? out[out.length - 1] : tokens[i - 1];
    if (prev && prev.end === t.start && joins(text, prev, t)) {
      out ??= tokens.slice(0, i);
      const word = text.slice(prev.start, t.end);
      const capital = word[0] !== word[0]!.toLowerCase();
      const pos = capital ? 'PROPN' : prev.pos === 'X' ? t.pos : prev.pos;
      out[out.length - 1] = makeToken(
        word.toLowerCase(),
        word.toLowerCase(),
        pos,
        prev.start,
        t.end,
      );
    } else out?.push(t);
  }
  return out ?? tokens;
}

// only a joint where one side is a non-ASCII letter ("Brudzi|ń", "ń|ski") can be a cut inside a word
function joins(text: string, a: Token, b: Token): boolean {
  const left = text.charCodeAt(a.end - 1);
  const right = text.charCodeAt(b.start);
  if (left < 128 && right < 128) return false;
  return LETTER.test(text[a.end - 1]!) && LETTER.test(text[b.start]!);
}
