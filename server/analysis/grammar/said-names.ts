import { retagged, startsUpper, type Token } from './token.ts';

/**
 * "said Abdourahim Said Bakar, a government spokesman": "Said", an Arabic name, capitalised inside a sentence between
 * two capitalised names is a piece of the name, not the verb, which wink-nlp takes it for (so the speaker was cut to
 * "Abdourahim"). A title-case headline ("Obama Said Putin Lied") capitalises the word after the name too, so it is
 * left alone. A new array and new tokens only when a sentence has one.
 */
export function retagSaidNames(text: string, tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (t.lower !== 'said' || t.pos === 'PROPN' || !startsUpper(text, t)) continue;
    const before = tokens[i - 1]!;
    const after = tokens[i + 1]!;
    const next = tokens[i + 2];
    const name = (x: Token) => x.pos === 'PROPN' && startsUpper(text, x);
    if (!name(before) || !name(after) || (next && startsUpper(text, next))) continue;
    out ??= [...tokens];
    out[i] = retagged(t, 'PROPN', 'said');
  }
  return out ?? tokens;
}
