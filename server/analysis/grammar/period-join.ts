import { makeToken, type Token } from './token.ts';

/**
 * The tokens with each word that `joins` picks merged with the period right after it into one name token ("Rev.",
 * "Bros."). A new array only when a word is joined.
 */
export function joinPeriods(tokens: Token[], joins: (i: number) => boolean): Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!joins(i)) {
      out?.push(t);
      continue;
    }
    out ??= tokens.slice(0, i);
    const word = `${t.lower}.`;
    out.push(makeToken(word, word, 'PROPN', t.start, tokens[i + 1]!.end));
    i++; // (the period is in the word now)
  }
  return out ?? tokens;
}
