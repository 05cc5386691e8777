import { sentenceSubject } from '../../grammar/subjects.ts';
import { phraseAfter, phraseText } from '../../grammar/phrases.ts';
import type { QuoteUnit } from '../units.ts';
import type { SpeakerContext, SpeakerHit } from './context.ts';

// plural nouns for accounts passed around, which the gold names as a quotation's source: "Reports … vary between a
// knife and a “sharp tool”"
const REPORT_NOUNS = new Set(['reports', 'accounts']);
const LOOK_BACK = 3;

/**
 * A quotation found no speaker in a sentence that only reports hearsay:
 * - its subject is "Reports (on …)" or "Accounts", whatever the verb: "Reports on the weapon vary between a knife and a
 *   “sharp tool”" → Reports;
 * - it says "reportedly", and "according to the reports" stood in the last three sentences of its paragraph: "Two were
 *   hurt, according to the reports. … the other woman was in “not life-threatening” condition, reportedly …" → the
 *   reports.
 */
export function hearsay(ctx: SpeakerContext, unit: QuoteUnit): SpeakerHit | null {
  const seg = unit.openSeg;
  const tokens = ctx.tokens[seg]!;
  const text = ctx.segments[seg]!.text;
  const subject = sentenceSubject(tokens);
  if (subject && REPORT_NOUNS.has(tokens[subject.from]!.lower))
    return {
      speaker: phraseText(tokens, text, { from: subject.from, to: subject.from }),
      seg,
      cue: subject.from,
      how: 'clause',
    };
  if (!tokens.some((t, k) => t.lower === 'reportedly' && !ctx.quoted[seg]![k])) return null;
  const paragraph = ctx.segments[seg]!.paragraph;
  for (let s = seg - 1; s >= 0 && s >= seg - LOOK_BACK; s--) {
    if (ctx.segments[s]!.paragraph !== paragraph) break;
    const own = ctx.tokens[s]!;
    for (let k = 0; k + 1 < own.length; k++) {
      if (own[k]!.lower !== 'according' || own[k + 1]!.lower !== 'to' || ctx.quoted[s]![k])
        continue;
      const np = phraseAfter(own, k + 1);
      if (np && REPORT_NOUNS.has(own[np.to]!.lower))
        return {
          speaker: phraseText(own, ctx.segments[s]!.text, np),
          seg,
          cue: k,
          how: 'according-to',
        };
    }
  }
  return null;
}
