import type { Token } from './token.ts';

/**
 * "Could you explain what the movement is about?", "What do you think about his future?": a verb whose subject is
 * "you" after an auxiliary, in a sentence that ends in a question mark, asks the one addressed to speak; it reports
 * nothing anyone has said.
 */
export function askedOfYou(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && tokens[k]!.pos === 'ADV') k--;
  if (tokens[k]?.lower !== 'you' || tokens[k - 1]?.pos !== 'AUX') return false;
  let end = tokens.length - 1;
  while (end > i && /^["'”’)\]]$/.test(tokens[end]!.lower)) end--;
  return tokens[end]?.lower === '?';
}
