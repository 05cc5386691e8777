import { retagged, type Token } from './token.ts';

// the present of refusing to speak, which wink-nlp reads as a plural noun before "comment"
const REFUSING = /^(?:declines|refuses)$/;

/**
 * "BAKER DECLINES COMMENT ON VOLCKER REAPPOINTMENT", "JARDINE DECLINES COMMENT ON HONGKONG LAND REPORT"
 * (Reuters-21578, rounds 1604, 1613 and 1614, labelled fact each time, as "declined to comment" is): wink-nlp tags the
 * present "declines" or "refuses" as a plural noun and the "comment" after it as the verb, so the comment refused
 * reads as one made. Before "comment", that word is the verb and "comment" its object. A new array and new tokens
 * only when a sentence has one.
 */
export function retagDeclinedComment(tokens: Token[]): Token[] {
  if (!tokens.some((_, i) => refusedComment(tokens, i))) return tokens;
  return tokens.map((t, i) => {
    if (refusedComment(tokens, i)) return retagged(t, 'VERB', t.lower.slice(0, -1));
    return refusedComment(tokens, i - 1) ? retagged(t, 'NOUN', 'comment') : t;
  });
}

function refusedComment(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return !!t && t.pos !== 'VERB' && REFUSING.test(t.lower) && tokens[i + 1]?.lower === 'comment';
}
