import type { Token } from './token.ts';

/**
 * "that", or a subject pronoun and its verb, within a dozen words after `i` and before any punctuation: a clause told
 * after an object however long ("reassure religious groups who oppose it they will not be required …").
 */
export function clauseAhead(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 12 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.lower === 'that' && t.pos === 'SCONJ') return true;
    const next = tokens[k + 1];
    if (/^(?:he|she|they|it|we|i)$/.test(t.lower) && (next?.pos === 'AUX' || next?.pos === 'VERB'))
      return true;
    if (t.pos === 'PUNCT' && t.lower !== '-') return false;
  }
  return false;
}
