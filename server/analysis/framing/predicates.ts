import type { Token } from '../grammar/token.ts';
import { VERDICT_PREDICATES } from '../lexicon/judgements.ts';
import type { WordCue } from './word-cue.ts';

// present forms of "be": a verdict states how things are; "was clear" more often narrates a past state
const PRESENT_BE = /^(?:is|are|['’]s|['’]re|remains?)$/;

/**
 * "The answer is plain", "the outcome is inevitable", "she is right": an adjective of verdict as the predicate
 * of a present "is/are" is the writer's judgement; before a noun ("plain text", "the right lane") it describes.
 */
export function verdictAt(tokens: Token[], i: number): WordCue | null {
  const t = tokens[i]!;
  if (t.pos !== 'ADJ' || !VERDICT_PREDICATES.has(t.lower)) return null;
  const next = tokens[i + 1];
  if (next && /^(?:NOUN|PROPN|ADJ)$/.test(next.pos)) return null;
  let k = i - 1;
  while (k > 0 && tokens[k]!.pos === 'ADV') k--;
  return k < i && PRESENT_BE.test(tokens[k]?.lower ?? '') ? { cue: 'evaluative' } : null;
}
