import { startsUpper } from '../../grammar/token.ts';
import type { SpeakerContext } from './context.ts';

// per word, its places as sentence and token numbers in turn ([s0, i0, s1, i1, …]): one flat list a word, not a pair
// for every capitalised word of the article (a few hundred small arrays, made each article, most never asked for)
const INDEXES = new WeakMap<SpeakerContext, Map<string, number[]>>();

// An article's first asks are answered by reading its sentences, the index built only at the next one: building it
// (a look-up and a list for every capitalised word) cost several readings, and most articles ask a few times (the
// seed article four); after this many, one more reading and the index keep the cost linear however many follow.
const ASKS_BEFORE_INDEX = 8;
const ASKS = new WeakMap<SpeakerContext, number>();

/**
 * Where a capitalised word stands in the article's sentences (headlines left out), as [sentence, token] pairs: read
 * off the sentences for an article's first few asks, then from an index built in one pass, so looking up every
 * speaker's name costs no more than reading the text a few times.
 */
export function capitalisedAt(ctx: SpeakerContext, lower: string): [number, number][] {
  let index = INDEXES.get(ctx);
  if (!index) {
    const asked = ASKS.get(ctx) ?? 0;
    if (asked < ASKS_BEFORE_INDEX) {
      ASKS.set(ctx, asked + 1);
      return placesOf(ctx, lower);
    }
    index = capitalisedIndex(ctx);
    INDEXES.set(ctx, index);
  }
  const places = index.get(lower);
  const out: [number, number][] = [];
  if (places) for (let k = 0; k < places.length; k += 2) out.push([places[k]!, places[k + 1]!]);
  return out;
}

// the places of one capitalised word, in the index's order (by sentence, then by token)
function placesOf(ctx: SpeakerContext, lower: string): [number, number][] {
  const out: [number, number][] = [];
  for (let s = 0; s < ctx.segments.length; s++) {
    const seg = ctx.segments[s]!;
    if (seg.kind === 'headline') continue;
    const tokens = ctx.tokens[s]!;
    // (the word first: most are not it, and the comparison costs less than reading the capital)
    for (let i = 0; i < tokens.length; i++)
      if (tokens[i]!.lower === lower && startsUpper(seg.text, tokens[i])) out.push([s, i]);
  }
  return out;
}

function capitalisedIndex(ctx: SpeakerContext): Map<string, number[]> {
  const index = new Map<string, number[]>();
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
  return index;
}

/** Where a whole run of lower-cased words stands, opening with a capitalised word: [sentence, first token] pairs. */
export function runsAt(ctx: SpeakerContext, lowers: readonly string[]): [number, number][] {
  return capitalisedAt(ctx, lowers[0]!).filter(([s, i]) => {
    const tokens = ctx.tokens[s]!;
    return lowers.every((w, j) => tokens[i + j]?.lower === w);
  });
}
