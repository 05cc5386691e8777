import type { Token } from '../grammar/token.ts';
import { PAST_AUXILIARIES } from '../lexicon/auxiliaries.ts';

/**
 * True when the sentence narrates: a past or perfect verb form, or a number. News reports events that happened
 * ("the fire caused damage", "faced twelve counts"); a writer's commentary states how things are in the present.
 */
export function narrates(tokens: Token[]): boolean {
  return tokens.some(
    (t) =>
      t.pos === 'NUM' ||
      PAST_AUXILIARIES.has(t.lower) ||
      (t.pos === 'VERB' && t.lower !== t.lemma && !/(?:s|ing)$/.test(t.lower)),
  );
}
