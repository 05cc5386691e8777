import { retagged, type Token } from './token.ts';

const LETTER = /\p{L}/u;

/** A possessive ending this repair made of a bare apostrophe ("Players' Association"), not one written "’s". */
export function isPluralPossessive(text: string, t: Token | undefined): boolean {
  return !!t && t.lower === "'s" && text.slice(t.start, t.end) === "'";
}

/**
 * "the manufacturers' organisation EEF": an apostrophe closing a plural noun is its possessive ending, which the tagger
 * leaves as a bare punctuation mark and so ends the noun phrase there. Read as "’s" is read (grammar/token.ts
 * isPossessiveMark) when it touches a word in -s and a word follows after a space (an initialism's capital S too:
 * "said PBS' Jacoba Atlas"), unless a single quotation mark
 * opened earlier in the sentence is still open ("its 'silence gestures' were"), which it then closes.
 */
export function retagPluralPossessives(text: string, tokens: Token[]): Token[] {
  if (!text.includes("s' ") && !text.includes("S' ")) return tokens;
  let open = false;
  return tokens.map((t, i) => {
    const prev = tokens[i - 1];
    if (prev && text.slice(prev.end, t.start).includes('\n')) open = false;
    if (t.lower !== "'") return t;
    const before = text[t.start - 1] ?? ' ';
    const after = text[t.end] ?? ' ';
    if (/\s/.test(before) && LETTER.test(after)) {
      open = true;
      return t;
    }
    if (open) {
      open = false;
      return t;
    }
    const next = tokens[i + 1];
    const possessive =
      (before === 's' || before === 'S') &&
      after === ' ' &&
      !!next &&
      LETTER.test(text[next.start] ?? '');
    return possessive ? retagged(t, 'PART', "'s", "'s") : t;
  });
}
