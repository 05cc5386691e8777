import type { Token } from '../grammar/token.ts';

const PAST_AUX = new Set(['was', 'were', 'had', 'did']);

/**
 * True when the sentence narrates: a past or perfect verb form, or a number. News reports events that happened
 * ("the fire caused damage", "faced twelve counts"); a writer's commentary states how things are in the present.
 */
export function narrates(tokens: Token[]): boolean {
  return tokens.some(
    (t) =>
      t.pos === 'NUM' ||
      PAST_AUX.has(t.lower) ||
      (t.pos === 'VERB' && t.lower !== t.lemma && !/(?:s|ing)$/.test(t.lower)),
  );
}
