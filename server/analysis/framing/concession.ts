import { CONCESSIVE_OPENING } from '../lexicon/phrases.ts';
import { withWeight } from './weights.ts';
import type { Evidence } from '../types.ts';

/**
 * "Despite the repairs, the bridge has largely been forgotten": a concession opening the sentence counters an
 * expectation the writer holds, a mark of their voice, but weak (0.35): it decides only beside another cue ("Despite
 * the warnings, the crowd stayed" is a plain report). Inside a clause ("won despite the rain") it is left alone, since
 * it may belong to whoever the sentence reports.
 */
export function concessionCues(
  text: string,
  masked: (start: number, end: number) => boolean,
): Evidence[] {
  const m = CONCESSIVE_OPENING.exec(text);
  if (!m || masked(0, m[0].length)) return [];
  const end = m[0].length;
  const start = end - m[1]!.length;
  const cue: Evidence = { text: text.slice(start, end), start, end, cue: 'scaffolding' };
  return [withWeight(cue, 0.35)];
}
