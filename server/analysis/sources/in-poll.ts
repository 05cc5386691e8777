import type { Sentence } from './sentence.ts';

// a poll's readings: a share, a margin, a standing
const STANDING =
  /^(?:percent|per|%|points?|lead|leads|led|leading|ahead|behind|trail|trails|trailed|trailing|edge|edges|edged)$/;

/**
 * "In an early-October CBS News poll, she led Mr. Sanders 56 percent to 32 percent", "Trump leads by 57 percent to 33
 * percent in the 50-state poll", "Clinton stays well ahead of Sanders in latest poll" (PolNeAR rounds 1744, 1747,
 * 1751): a standing told "in" a poll is that poll's finding, as "a poll found" is. The index of the poll's noun, or
 * -1; a poll with no share or standing told of it ("his rise in the polls") reports nothing.
 */
export function inPoll(s: Sentence, i: number): number {
  if (s.tokens[i]!.lower !== 'in') return -1;
  let k = i + 1;
  while (k <= i + 7 && /^(?:DET|ADJ|NUM|PROPN|NOUN|PUNCT)$/.test(s.tokens[k]?.pos ?? '')) {
    if (/^(?:polls?|surveys?)$/.test(s.tokens[k]!.lower)) break;
    if (s.tokens[k]!.pos === 'PUNCT' && s.tokens[k]!.lower !== '-') return -1;
    k++;
  }
  const noun = s.tokens[k];
  if (!noun || !/^(?:polls?|surveys?)$/.test(noun.lower)) return -1;
  return s.tokens.some((t) => STANDING.test(t.lower)) ? k : -1;
}
