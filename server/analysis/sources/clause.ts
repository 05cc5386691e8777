import type { Token } from '../grammar/token.ts';
import { QUOTE_TOKEN } from './sentence.ts';
import { SUBORDINATORS } from '../lexicon/people.ts';
import { GO_ON_WORDS, SCHEDULING_WORDS, TRYING_WORDS } from '../lexicon/function-words.ts';
import { clauseAhead } from '../grammar/clause-ahead.ts';
import { clauseAfter } from '../grammar/verbs.ts';

/** True when the clause holding token k is a side detail: it opens with "which", "while", "as", "although" … */
export function subordinate(tokens: Token[], k: number): boolean {
  for (let i = k - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (SUBORDINATORS.has(t.lower)) return true;
    if (t.pos === 'PUNCT' || t.pos === 'CCONJ' || QUOTE_TOKEN.test(t.lower) || t.pos === 'VERB')
      return false;
  }
  return false;
}

/** "the outbreak that had … killed 62, including, according to government reports, 54 children": a side detail. */
export function inRelative(tokens: Token[], k: number): boolean {
  for (let i = k - 1; i > 0; i--) {
    const t = tokens[i]!;
    if (t.lower === 'which' || t.lower === 'who') return true;
    if (t.lower === 'that' && tokens[i - 1]!.pos === 'NOUN' && tokens[i + 1]?.pos !== 'NOUN')
      return true;
  }
  return false;
}

/**
 * True when token k sits in a relative clause not yet closed by a comma ("which has been met with …,", "Baykal, who
 * heads the party, was critical"); with `that`, a clause opened by "that" counts as one too.
 */
export function inOpenRelative(tokens: Token[], k: number, that: boolean): boolean {
  for (let i = k - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (t.lower === ',') return false;
    if (t.lower === 'which' || t.lower === 'who' || (that && t.lower === 'that')) return true;
  }
  return false;
}

/**
 * "agreed to add two members": an infinitive after a verb other than "went on to" reports nothing; nor does one
 * after a scheduling word, unless a form of "be" makes the speech itself scheduled ("He is expected to say that …").
 */
export function infinitive(tokens: Token[], i: number): boolean {
  // ("was forced to publicly apologize": an adverb may split the infinitive)
  const to = tokens[i - 1]?.pos === 'ADV' && tokens[i - 2]?.lower === 'to' ? i - 2 : i - 1;
  if (tokens[to]?.lower !== 'to') return false;
  const governor = tokens[to - 1]?.lower === 'on' ? tokens[to - 2] : tokens[to - 1];
  // ("is expected to announce her plans" schedules an act: only a clause said makes a report)
  if (
    governor &&
    SCHEDULING_WORDS.has(governor.lower) &&
    tokens[to - 2]?.lemma === 'be' &&
    (tokens[i + 1]?.lower === 'that' || clauseAfter(tokens, i))
  )
    return false;
  // ("attempted to reassure the groups they will not be required …": a try at telling a clause tells it)
  if (governor && TRYING_WORDS.has(governor.lemma) && clauseAhead(tokens, i)) return false;
  return !(governor && (GO_ON_WORDS.has(governor.lemma) || GO_ON_WORDS.has(governor.lower)));
}
