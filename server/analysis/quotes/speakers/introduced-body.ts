import type { Phrase } from '../../grammar/phrases.ts';
import { startsUpper, type Token } from '../../grammar/token.ts';
import type { SpeakerContext } from './context.ts';

// how many words a body's name may have after the noun that introduces it ("security contractor G4S")
const NAME_WORDS = 4;

/**
 * "… a lack of confidence that private security contractor G4S can deliver … The security contractor said in a
 * statement …" (Dragnet round 1115): "the" and lower-case words ending in a noun point back to the name the article
 * wrote right after that same noun, however far back, when the name is no person's. The latest such name, or null.
 */
export function introducedBody(ctx: SpeakerContext, seg: number, np: Phrase): string | null {
  const tokens = ctx.tokens[seg]!;
  const text = ctx.segments[seg]!.text;
  const head = tokens[np.to]!;
  if (tokens[np.from]!.lower !== 'the' || np.to === np.from || head.pos !== 'NOUN') return null;
  for (let k = np.from + 1; k <= np.to; k++) if (startsUpper(text, tokens[k])) return null;
  for (let s = seg; s >= 0; s--) {
    const own = ctx.tokens[s]!;
    const ownText = ctx.segments[s]!.text;
    const before = s === seg ? np.from : own.length;
    for (let k = before - 2; k >= 0; k--) {
      if (own[k]!.lower !== head.lower || startsUpper(ownText, own[k])) continue;
      const name = nameAfter(own, ownText, k + 1);
      if (name && !ctx.people.knowsName(name.split(' ').pop()!)) return name;
    }
  }
  return null;
}

/** The capitalised words from `at` on, up to NAME_WORDS, when they are names and end there; else null. */
function nameAfter(tokens: Token[], text: string, at: number): string | null {
  let end = at;
  while (
    end < tokens.length &&
    end - at < NAME_WORDS &&
    tokens[end]!.pos === 'PROPN' &&
    startsUpper(text, tokens[end])
  )
    end++;
  if (end === at || (tokens[end] && tokens[end]!.pos === 'PROPN')) return null;
  return text.slice(tokens[at]!.start, tokens[end - 1]!.end);
}
