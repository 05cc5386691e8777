import type { Token } from './token.ts';

/** Whether the verb at `k` is an infinitive: "to", read as the particle, right before it ("but to ask"). */
export function afterInfinitiveTo(tokens: readonly Token[], k: number): boolean {
  return tokens[k - 1]?.lower === 'to' && tokens[k - 1]!.pos === 'PART';
}
