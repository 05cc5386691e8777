import type { Token } from './token.ts';

/**
 * Whether the word at `k` is the "of" inside a body's name ("Bank of Japan", "Bank of England"): a proper noun on
 * each side of it, so a description running through the name ("a senior Bank of Japan official") goes on past it.
 */
export function isNameOf(tokens: readonly Token[], k: number): boolean {
  return (
    tokens[k]?.lower === 'of' && tokens[k - 1]?.pos === 'PROPN' && tokens[k + 1]?.pos === 'PROPN'
  );
}
