import type { Token } from './token.ts';

// Tokens come in text order without overlaps, so both their starts and their ends ascend: an offset is found by
// binary search, and code that asks once per quote or cue stays linear in the sentence's length overall.

/**
 * The index of the first token starting at or after `at` (`tokens.length` when none does); any list sorted by start
 * will do (framing's overlapTest searches quoted spans with it).
 */
export function firstFrom(tokens: readonly { readonly start: number }[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the last token ending at or before `at` (-1 when none does). */
export function lastBy(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Marks, in `mask`, every token lying wholly inside [start, end). */
export function markInside(
  tokens: readonly Token[],
  mask: boolean[],
  start: number,
  end: number,
): void {
  for (let i = firstFrom(tokens, start); i < tokens.length && tokens[i]!.start <= end; i++)
    if (tokens[i]!.end <= end) mask[i] = true;
}
