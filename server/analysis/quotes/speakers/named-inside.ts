import { firstFrom } from '../../grammar/token-search.ts';
import { startsUpper } from '../../grammar/token.ts';
import type { QuoteUnit } from '../units.ts';
import type { SpeakerContext } from './context.ts';
import { nameKey } from './forms.ts';

/**
 * The name keys of the people a quotation names ("He said, “Andy Warhol was the centre of it all.”" → warhol): a
 * proper noun inside it, unless its surname is a family's the article names, where the speaker may well name a
 * relative ("My father, John Reyes, built it," Tom Reyes said). Empty when it names no one.
 */
export function namedInside(ctx: SpeakerContext, unit: QuoteUnit): ReadonlySet<string> {
  const keys = new Set<string>();
  for (const part of unit.parts) {
    const tokens = ctx.tokens[part.seg]!;
    const text = ctx.segments[part.seg]!.text;
    for (let i = firstFrom(tokens, part.start); i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.end > part.end) break;
      if (t.pos !== 'PROPN' || !startsUpper(text, t)) continue;
      const key = nameKey(t.lower);
      if (!ctx.people.isFamily(key)) keys.add(key);
    }
  }
  return keys;
}
