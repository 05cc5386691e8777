import type { Token } from '../grammar/token.ts';
import { HEADING_WORDS, PERCEIVED } from '../lexicon/hedges.ts';

/**
 * "The objects appear to be several feet in length", "One piece appears to have a serial number": "appear to" going
 * on to "be" or "have" and a present state is a hedge on what is seen, not a guess at what is to come ("appears to be
 * heading for defeat", "appears to be set to win"). In the gold and the blind rounds 8 sentences hedged this way and
 * with no other cue were fact, 0 framing.
 */
export function observedState(tokens: Token[], i: number): boolean {
  if (tokens[i]?.lemma !== 'appear' || tokens[i + 1]?.lower !== 'to') return false;
  const verb = tokens[i + 2];
  if (!verb || !/^(?:be|have)$/.test(verb.lower)) return false;
  const next = tokens[i + 3];
  // ("The relationship appears to have got back on track", "appeared to have been put aside": "have" with a participle
  // is the writer's reading of what happened, not a state in view)
  if (verb.lower === 'have' && next?.pos === 'VERB' && next.lower !== next.lemma) return false;
  return !!next && !HEADING_WORDS.has(next.lower) && !next.lower.endsWith('ing');
}

/**
 * "Sounds of machine guns … could be heard throughout the island": "could" or "can" with the passive of a verb of the
 * senses tells what was there to perceive, not a guess at what might be (round 306).
 */
export function perceivable(tokens: Token[], i: number): boolean {
  return (
    /^(?:could|can)$/.test(tokens[i]?.lower ?? '') &&
    tokens[i + 1]?.lower === 'be' &&
    PERCEIVED.has(tokens[i + 2]?.lower ?? '')
  );
}
