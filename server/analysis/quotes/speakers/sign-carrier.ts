import { lastBy } from '../../grammar/token-search.ts';
import { SIGN_NOUNS, SIGN_VERBS } from '../../lexicon/signs.ts';
import type { QuoteUnit } from '../units.ts';
import type { SpeakerContext, SpeakerHit } from './context.ts';
import { subjectOf } from './speaker.ts';

// words that may stand between a sign and its verb: "signs that read", "a banner which said"
const RELATIVES = new Set(['that', 'which']);
// how far back from the sign the verb that carries it may stand ("held up two large hand-painted signs")
const MAX_OBJECT_WORDS = 5;

/**
 * "Protesters carried signs reading “Save our park”", "One woman held a banner that read “No more war”": the words
 * on a sign are those of whoever carries it, the subject of the verb whose object the sign is. A sign that is itself
 * the subject ("A sign at the gate read …") has no carrier here: null.
 */
export function signCarrier(ctx: SpeakerContext, unit: QuoteUnit): SpeakerHit | null {
  const seg = unit.openSeg;
  const tokens = ctx.tokens[seg]!;
  let k = lastBy(tokens, unit.openAt);
  if (tokens[k]?.lower === ':' || tokens[k]?.lower === ',') k--;
  if (!SIGN_VERBS.has(tokens[k]?.lower ?? '')) return null;
  k--;
  if (RELATIVES.has(tokens[k]?.lower ?? '')) k--;
  if (!SIGN_NOUNS.has(tokens[k]?.lemma ?? '') && !SIGN_NOUNS.has(tokens[k]?.lower ?? ''))
    return null;
  for (let v = k - 1; v >= 0 && k - v <= MAX_OBJECT_WORDS; v--) {
    const t = tokens[v]!;
    if (t.pos === 'VERB') {
      const speaker = subjectOf(ctx, seg, v);
      return speaker ? { speaker, seg, cue: v, how: 'verb-far' } : null;
    }
    if (t.pos === 'PUNCT' || t.pos === 'ADP' || t.pos === 'AUX') return null;
  }
  return null;
}
