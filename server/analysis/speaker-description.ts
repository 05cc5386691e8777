import type { Phrase } from './speaker-np.ts';
import type { SpeakerContext } from './speaker.ts';
import { ORG_WORDS } from './speaker-words.ts';

const GROUP_PRONOUNS = new Set(['them', 'us', 'those', 'these']);

/**
 * A definite description standing for a speaker the article already named: "the administration" → the latest
 * "Trump administration" written before it; "One of them" → the latest "One of the children" found speaking.
 * Null when the article gives nothing to point back to.
 */
export function describedSpeaker(ctx: SpeakerContext, seg: number, np: Phrase): string | null {
  const tokens = ctx.tokens[seg]!;
  const first = tokens[np.from]!;
  const last = tokens[np.to]!;
  if (np.to - np.from === 2 && first.lower === 'one' && tokens[np.from + 1]!.lower === 'of') {
    return GROUP_PRONOUNS.has(last.lower) ? ctx.people.lastDescribed(seg, /^one of /i) : null;
  }
  if (np.to - np.from !== 1 || first.lower !== 'the' || !ORG_WORDS.has(last.lower)) return null;
  for (let s = seg; s >= 0 && s >= seg - 12; s--) {
    const own = ctx.tokens[s]!;
    const text = ctx.segments[s]!.text;
    for (let k = own.length - 1; k > 0; k--) {
      if (s === seg && k >= np.from) continue;
      const owner = own[k - 1]!;
      if (own[k]!.lower !== last.lower || owner.pos !== 'PROPN' || ctx.quoted[s]![k]) continue;
      if (/^\p{Lu}/u.test(text.slice(owner.start, owner.end)))
        return text.slice(owner.start, own[k]!.end);
    }
  }
  return null;
}
