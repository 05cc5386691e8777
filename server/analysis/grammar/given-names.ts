import { GIVEN_NAMES_THAT_ARE_WORDS } from '../lexicon/given-names.ts';
import type { Token } from './token.ts';

const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;

/**
 * "Rob Bartlett said": a capitalised given name that is also a verb or adjective, followed after one space by a
 * capitalised proper noun, is the first word of a name. Only names from the list count, so a sentence opening
 * with an imperative before a place ("Visit Paris") keeps its verb.
 */
export function retagGivenNames(text: string, tokens: Token[]): Token[] {
  return tokens.map((t, i) => {
    if (t.pos === 'PROPN' || !GIVEN_NAMES_THAT_ARE_WORDS.has(t.lower)) return t;
    const next = tokens[i + 1];
    if (!next || next.pos !== 'PROPN' || next.start !== t.end + 1) return t;
    if (!CAPITALISED.test(text.slice(t.start, t.end))) return t;
    if (!CAPITALISED.test(text.slice(next.start, next.end))) return t;
    return { ...t, lemma: t.lower, pos: 'PROPN' };
  });
}
