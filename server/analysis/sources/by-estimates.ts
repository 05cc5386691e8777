import type { Sentence } from './sentence.ts';
import { ESTIMATE_NOUNS } from '../lexicon/hearsay.ts';

/**
 * "On Saturday, by estimates, over 500,000 women … marched", "By most accounts, the talks failed": "by" and estimates
 * or accounts, set off by commas or opening the sentence, hedge the claim onto unnamed counters, as "according to
 * estimates" does. The index of the noun, or -1.
 */
export function byEstimates(s: Sentence, i: number): number {
  if (s.tokens[i]!.lower !== 'by') return -1;
  const before = s.tokens[i - 1];
  if (before && before.lower !== ',') return -1;
  let k = i + 1;
  // ("by most accounts", "by some estimates", "by official estimates", "by one count")
  while (k <= i + 3 && /^(?:DET|ADJ|NUM)$/.test(s.tokens[k]?.pos ?? '')) k++;
  const noun = s.tokens[k];
  if (!noun || !ESTIMATE_NOUNS.has(noun.lower)) return -1;
  return s.tokens[k + 1]?.lower === ',' ? k : -1;
}
