import type { Token } from '../grammar/token.ts';
import { withWeight } from './weights.ts';
import { NEWSROOM_NOUNS, WE_WORDS, YOU_WORDS } from '../lexicon/address.ts';
import type { Evidence } from '../types.ts';
import { UPPER_START } from '../grammar/letters.ts';

const PAIRED = new Set(['VERB', 'AUX']);

/**
 * The writer's own person outside quotes: a first-person plural ("we pay for it", "our streets") or the reader
 * addressed as "you". It shows an author taking a side rather than reporting; alone it is just enough to decide.
 */
export function personCues(
  text: string,
  tokens: Token[],
  masked: (start: number, end: number) => boolean,
): Evidence[] {
  const out: Evidence[] = [];
  const opening = tokens.findIndex((x) => x.pos !== 'PUNCT');
  tokens.forEach((t, i) => {
    if (t.pos !== 'PRON' && t.pos !== 'DET') return;
    if (!WE_WORDS.has(t.lower) && !YOU_WORDS.has(t.lower)) return;
    // "US" is the country; a capital "We" or "You" past the first word is part of a title ("Who We Are").
    const first = opening === i;
    if (!first && UPPER_START.test(text.slice(t.start, t.end))) return;
    if (masked(t.start, t.end)) return;
    const next = tokens[i + 1];
    // "so our readers can see more", "told our correspondent": the outlet names its own people, it takes no side
    if (t.lower === 'our' && next && NEWSROOM_NOUNS.has(next.lemma)) return;
    const end = next && PAIRED.has(next.pos) && !masked(next.start, next.end) ? next.end : t.end;
    out.push(
      withWeight({ text: text.slice(t.start, end), start: t.start, end, cue: 'evaluative' }, 0.5),
    );
  });
  return out;
}
