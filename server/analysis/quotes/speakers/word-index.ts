import { startsUpper } from '../../grammar/token.ts';
import type { SpeakerContext } from './context.ts';

// per word, its places as sentence and token numbers in turn ([s0, i0, s1, i1, …]): one flat list a word, not a pair
// for every capitalised word of the article (a few hundred small arrays, made each article, most never asked for)
const INDEXES = new WeakMap<SpeakerContext, Map<string, number[]>>();

/**
 * Where a capitalised word stands in the article's sentences (headlines left out), as [sentence, token] pairs: one
 * pass over the article, built the first time a speaker's form is settled, so looking up every speaker's name costs
 * no more than reading the text once.
 */
export function capitalisedAt(ctx: SpeakerContext, lower: string): [number, number][] {
  let index = INDEXES.get(ctx);
  if (!index) {
    index = new Map();
    for (let s = 0; s < ctx.segments.length; s++) {
      const seg = ctx.segments[s]!;
      if (seg.kind === 'headline') continue;
      const tokens = ctx.tokens[s]!;
      for (let i = 0; i < tokens.length; i++) {
        if (!startsUpper(seg.text, tokens[i])) continue;
        let places = index.get(tokens[i]!.lower);
        if (!places) index.set(tokens[i]!.lower, (places = []));
        places.push(s, i);
      }
    }
    INDEXES.set(ctx, index);
  }
  const places = index.get(lower);
  const out: [number, number][] = [];
  if (places) for (let k = 0; k < places.length; k += 2) out.push([places[k]!, places[k + 1]!]);
  return out;
}

/** Where a whole run of lower-cased words stands, opening with a capitalised word: [sentence, first token] pairs. */
export function runsAt(ctx: SpeakerContext, lowers: readonly string[]): [number, number][] {
  return capitalisedAt(ctx, lowers[0]!).filter(([s, i]) => {
    const tokens = ctx.tokens[s]!;
    return lowers.every((w, j) => tokens[i + j]?.lower === w);
  });
}
