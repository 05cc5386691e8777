import { firstFrom } from '../../grammar/token-search.ts';
import { isReportingVerb } from '../../grammar/verbs.ts';
import { isQuoteChar } from '../../grammar/phrases.ts';
import { isPartyTag } from '../../grammar/names.ts';
import { afterInfinitiveTo } from '../../grammar/infinitive.ts';
import type { QuoteUnit } from '../units.ts';
import type { SpeakerContext, SpeakerHit } from './context.ts';
import { tagFrom } from './cues.ts';

const VERB_FIRST = /^(?:said|says|added|adds|explained|noted|argued|insisted|warned)$/;

/**
 * `The bill is “dead on arrival” in the Senate, McConnell said.`: a tag closing the sentence after a comma reports the
 * whole sentence, so a partial quotation inside it is the tag's speaker's, when no other quotation or reporting verb
 * stands between them. Null when the sentence has no such tag.
 */
export function closingTag(ctx: SpeakerContext, unit: QuoteUnit): SpeakerHit | null {
  if (unit.closeAt < 0) return null;
  const seg = unit.closeSeg;
  const tokens = ctx.tokens[seg]!;
  const quoted = ctx.quoted[seg]!;
  const after = firstFrom(tokens, unit.closeAt + 1);
  let comma = -1;
  let before = -1;
  let earlier = -1;
  for (let k = after; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (quoted[k] || isQuoteChar(t.lower)) return null;
    if (t.lower === ',') [earlier, before, comma] = [before, comma, k];
    // (an infinitive reports nothing said: 'Snow Patrol had “no other course of action” but to ask their bassist to
    // leave the band, lead singer Gary Lightbody has said', BBC, blind round 1078)
    else if (comma < 0 && isReportingVerb(tokens, k) && !afterInfinitiveTo(tokens, k)) return null;
  }
  if (comma < 0) return null;
  // "…, Rep. Duncan Hunter, R-Calif., said.": a member's party and state set off by commas stand between the name
  // and the verb; the name opens after the comma before them
  if (before >= 0 && earlier >= 0 && isPartyTag(tokens, ctx.segments[seg]!.text, before + 1))
    before = earlier;
  // "… about the attacks, his attorney, Sven Mary, told the Europe 1 radio network": a verb right after the last comma
  // closes a subject set off by commas, which opens after the comma before ("told the network" names who heard)
  const apposed =
    before >= 0 && isReportingVerb(tokens, comma + 1) ? tagFrom(ctx, seg, before + 1) : null;
  // "It represents a “big leap forward” for broadband, said Chris Stening, UK Online general manager." (BBC, blind
  // round 985): a verb-first tag whose speaker a description closes after one more comma
  const hit =
    apposed ??
    tagFrom(ctx, seg, comma + 1) ??
    (before >= 0 && VERB_FIRST.test(tokens[before + 1]?.lower ?? '')
      ? tagFrom(ctx, seg, before + 1)
      : null);
  return hit && { ...hit, how: 'tag' };
}
