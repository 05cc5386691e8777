import { startsUpper } from '../../grammar/token.ts';
import type { SpeakerContext } from './context.ts';

// how far back a "the report" may point to the report the article named
const LOOK_BACK = 15;

/**
 * "A classified European Union report for 2009 says … The report accuses Israel …": "the" and a text's noun point
 * back to the text the article named with capitalised words before the same noun; the longest such name, as the
 * article's fullest form ("European Union report" over a later "EU report"). Null when the article named none.
 */
export function namedDocument(ctx: SpeakerContext, seg: number, noun: string): string | null {
  let best: string | null = null;
  for (let k = Math.max(0, seg - LOOK_BACK); k <= seg; k++) {
    // (a headline capitalises every word: "Mueller Disputes BuzzFeed Report That …" names no report "Mueller Disputes
    // BuzzFeed Report", BASIL round 1795)
    if (ctx.segments[k]!.kind === 'headline') continue;
    const tokens = ctx.tokens[k]!;
    const text = ctx.segments[k]!.text;
    tokens.forEach((t, j) => {
      if (t.lower !== noun || ctx.quoted[k]![j]) return;
      let from = j;
      while (
        from > 0 &&
        startsUpper(text, tokens[from - 1]) &&
        /^(?:PROPN|ADJ|NOUN)$/.test(tokens[from - 1]!.pos) &&
        !ctx.quoted[k]![from - 1]
      )
        from--;
      // (a name that opens the sentence may be only its capitalised first word: "Report finds …")
      if (from === j || (from === 0 && j === 1)) return;
      // ("the 2010 Global Trends report": a year before the name is part of it)
      if (from > 0 && /^(?:19|20)\d\d$/.test(tokens[from - 1]!.lower)) from--;
      const name = text.slice(tokens[from]!.start, t.end);
      if (!best || name.length > best.length) best = name;
    });
  }
  return best;
}
