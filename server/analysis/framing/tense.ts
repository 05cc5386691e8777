import { inList, type Token } from '../grammar/token.ts';
import { InList } from '../lexicon/word-lists.ts';

/**
 * True when the sentence narrates: a past or perfect verb form, or a number. News reports events that happened
 * ("the fire caused damage", "faced twelve counts"); a writer's commentary states how things are in the present.
 */
export function narrates(tokens: Token[]): boolean {
  return tokens.some(
    (t, i) =>
      t.pos === 'NUM' ||
      inList(t, InList.PAST_AUXILIARY) ||
      (t.pos === 'VERB' && t.lower !== t.lemma && !/(?:s|ing)$/.test(t.lower)) ||
      perfect(tokens, i),
  );
}

/** "have come under scrutiny", "has run": a perfect whose participle looks like its base form still narrates. */
function perfect(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  return (
    t.pos === 'AUX' && t.lemma === 'have' && next?.pos === 'VERB' && !next.lower.endsWith('ing')
  );
}
