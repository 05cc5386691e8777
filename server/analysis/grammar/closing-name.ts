import type { Token } from './token.ts';

/**
 * Whether tokens from `k` are an optional "the" and one name's words running to the sentence's end, where `ends`
 * accepts the mark that may close it: "…, reports the Daily Mail.", "…, writes Mr Peston.".
 */
export function nameRunsToEnd(tokens: Token[], k: number, ends: (t: Token) => boolean): boolean {
  if (tokens[k]?.pos === 'DET') k++;
  const from = k;
  while (tokens[k]?.pos === 'PROPN') k++;
  return k > from && (sentenceEnd(tokens, k) || (sentenceEnd(tokens, k + 1) && ends(tokens[k]!)));
}

/**
 * Whether the sentence ends before token `k`: past the last token, or at the gap a whole article's parse keeps between
 * two sentences (a SPACE token, grammar/tokens.ts primeTokens).
 */
export function sentenceEnd(tokens: Token[], k: number): boolean {
  return k >= tokens.length || tokens[k]!.pos === 'SPACE';
}
