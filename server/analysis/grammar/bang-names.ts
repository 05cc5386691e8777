import { makeToken, type Token } from './token.ts';

const NAME_WORD = /^\p{Lu}[\p{L}\p{N}]*$/u;

/**
 * "Brett Lock of gay group OutRage! said", "OutRage!'s Mr Lock said:": a name written with an exclamation mark ends
 * no sentence where the sentence goes on in lower case or with a possessive after it; the tagger cuts the mark off as
 * punctuation, which ends the subject's walk there. The mark joins the name.
 */
export function mergeBangNames(text: string, tokens: Token[]): Token[] {
  if (!text.includes('!')) return tokens;
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = out ? out[out.length - 1] : tokens[i - 1];
    const after = text.slice(t.end, t.end + 3);
    const joins =
      t.lower === '!' &&
      !!prev &&
      prev.end === t.start &&
      NAME_WORD.test(text.slice(prev.start, prev.end)) &&
      /^(?: \p{Ll}|'s|’s|,)/u.test(after);
    if (!joins) {
      out?.push(t);
      continue;
    }
    out ??= tokens.slice(0, i);
    const lower = text.slice(prev.start, t.end).toLowerCase();
    out[out.length - 1] = makeToken(lower, lower, 'PROPN', prev.start, t.end);
  }
  return out ?? tokens;
}
