import type { Token } from './token.ts';

const PARTICIPLE_ING = /ing$/;

/**
 * A verb or auxiliary that can carry a clause's tense ("said", "has", "were"); an -ing form cannot ("saying",
 * "being"). The tagger's VERB covers past participles too, so "said" counts either way.
 */
export function isFiniteVerb(t: Pick<Token, 'pos' | 'lower'>): boolean {
  return (t.pos === 'VERB' || t.pos === 'AUX') && !PARTICIPLE_ING.test(t.lower);
}
