import type { Token } from './token.ts';
import { clauseAfter } from './verbs.ts';
import { isFiniteVerb } from './finite-verb.ts';
import { CLAUSE_PRONOUNS } from '../lexicon/function-words.ts';

/** A clause after token `at`: "that …", a pronoun and its verb, or a noun phrase and its verb. */
export function clauseOpensAfter(tokens: Token[], at: number): boolean {
  const next = tokens[at + 1];
  // ("Having said that, Burnley …": "that" before a comma is the thing said, no clause)
  if (next?.lower === 'that') return tokens[at + 2]?.pos !== 'PUNCT';
  if (next && CLAUSE_PRONOUNS.has(next.lower)) {
    const verb = tokens[at + 2];
    return !!verb && isFiniteVerb(verb);
  }
  return clauseAfter(tokens, at);
}
