import type { Token } from './token.ts';
import { PLACED_PARTICIPLES } from '../lexicon/people.ts';

/**
 * Whether the word at `k` is a place glued by a hyphen to "based" or "headquartered" ("the Canada-based company"): it
 * says where a body is, it names no other body.
 */
export function basedPlace(tokens: readonly Token[], k: number): boolean {
  return tokens[k + 1]?.lower === '-' && PLACED_PARTICIPLES.has(tokens[k + 2]?.lower ?? '');
}
