import { retagged, type Token } from './token.ts';

// a contraction's second part written with a curly apostrophe, as wink-nlp splits it off: "would" + "n’t", "he" + "’ll"
const CURLY_PART = /^(?:n\u2019t|\u2019(?:s|ll|re|ve|d|m))$/;

/**
 * The tokens with each contraction's part read with a straight apostrophe: the rules know "n't", "'ll" and "'d" (and
 * "’s" both ways), and "White House Press Secretary Jay Carney wouldn’t say whether …" lost its negation, a refusal
 * to comment read as a report at 0.99 (BASIL round 1800). Only the word read changes; offsets stay.
 */
export function straightenContractions(tokens: Token[]): Token[] {
  // (a contraction's part is three letters at most: the pattern is tried on those alone)
  const curly = (t: Token) => t.lower.length <= 3 && CURLY_PART.test(t.lower);
  if (!tokens.some(curly)) return tokens;
  return tokens.map((t) =>
    curly(t)
      ? retagged(t, t.pos, t.lemma.replace('\u2019', "'"), t.lower.replace('\u2019', "'"))
      : t,
  );
}
