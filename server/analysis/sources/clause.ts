import type { Token } from '../grammar/token.ts';
import { DATE_NAME } from '../lexicon/subject-pieces.ts';
import { QUOTE_TOKEN } from './sentence.ts';
import { SUBORDINATORS } from '../lexicon/people.ts';
import { isPersonNoun } from '../grammar/person-noun.ts';
import { PREPOSITIONAL_SUBORDINATORS, TIME_ADVERB_OBJECTS } from '../lexicon/function-words.ts';
import {
  ADVERBIAL_SUBORDINATORS,
  GO_ON_WORDS,
  PROMPTING_WORDS,
  SCHEDULING_WORDS,
  SUBJECT_PRONOUNS,
  TRYING_WORDS,
} from '../lexicon/function-words.ts';
import { clauseAhead } from '../grammar/clause-ahead.ts';
import { asAfterObject, clauseAfter } from '../grammar/verbs.ts';
import { CHARGING } from '../lexicon/verb-classes.ts';
import { DESCRIBING_AS } from '../lexicon/describing-verbs.ts';

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

/**
 * "After the meeting Mr Kennedy said …", "Since May the firm has said …": a subordinator that is a preposition too,
 * its object a phrase of things (no person) ending right before the subject at `k`, opens a phrase, not a clause
 * (some papers set no comma after it). "after the company said" has no second phrase: a clause.
 */
export function prepositionBefore(tokens: Token[], k: number): boolean {
  // "Since then his Cabinet has twice rejected the deal, saying …" (blind round 786), "Until now the firm has …": the
  // object a word for a time
  if (
    TIME_ADVERB_OBJECTS.has(tokens[k - 1]?.lower ?? '') &&
    PREPOSITIONAL_SUBORDINATORS.has(tokens[k - 2]?.lower ?? '')
  )
    return true;
  let sub = k - 1;
  while (sub >= 0 && k - sub <= 8 && /^(?:DET|ADJ|NOUN|NUM|PROPN)$/.test(tokens[sub]!.pos)) sub--;
  if (!PREPOSITIONAL_SUBORDINATORS.has(tokens[sub]?.lower ?? '')) return false;
  // the object: a day or a month alone, or lower-case words closing on a noun of a thing
  let b = sub + 1;
  if (tokens[b]?.pos === 'PROPN' && DATE_NAME.test(tokens[b]!.lower)) b++;
  else {
    while (/^(?:DET|ADJ|NOUN|NUM)$/.test(tokens[b]?.pos ?? '') && tokens[b]!.lower !== ',') b++;
    const head = tokens[b - 1];
    if (b === sub + 1 || !head || (head.pos !== 'NOUN' && head.pos !== 'NUM')) return false;
    if (isPersonNoun(head.lower)) return false;
  }
  // … and a second phrase, the subject, opening right after it
  return b <= k + 3 && /^(?:DET|PROPN)$/.test(tokens[b]?.pos ?? '');
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
 * "prompted some charities to": a verb of prompting, then its object (up to five words), before the "to" at `to`;
 * the object, who was brought to speak, or null.
 */
export function promptedObject(tokens: Token[], to: number): { from: number; to: number } | null {
  let k = to - 1;
  while (k >= 0 && to - k <= 5 && /^(?:DET|ADJ|NOUN|PROPN|PRON|NUM)$/.test(tokens[k]!.pos)) k--;
  const prompted = k < to - 1 && tokens[k]?.pos === 'VERB' && PROMPTING_WORDS.has(tokens[k]!.lemma);
  return prompted ? { from: k + 1, to: to - 1 } : null;
}

// a verb of describing at `i` with "as" after its object ("portray the amount as miniscule")
function describedAs(tokens: Token[], i: number): boolean {
  return DESCRIBING_AS.has(tokens[i]!.lemma) && asAfterObject(tokens, i);
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
  // (… and "sought to portray the amount as miniscule": a try at describing something as something describes it)
  if (governor && TRYING_WORDS.has(governor.lemma) && describedAs(tokens, i)) return false;
  // ("That prompted some charities to say the plans would …": whoever was prompted to say a clause said it)
  if (promptedObject(tokens, to) && (tokens[i + 1]?.lower === 'that' || clauseAfter(tokens, i)))
    return false;
  return !(governor && (GO_ON_WORDS.has(governor.lemma) || GO_ON_WORDS.has(governor.lower)));
}

/**
 * "Imus was dropped in 2007 by MSNBC after he referred to the team as “…”": the quotation opening at token k stands
 * inside a clause of time, cause or concession opened by a conjunction and its subject (a pronoun, or a name before its
 * verb), with no comma or quotation mark between; the sentence's claim is the clause it hangs on.
 */
export function inAdverbialClause(tokens: Token[], k: number): boolean {
  const from = beforeOpeningMark(tokens, k);
  // ("… after she was captured on video saying: “…”": words set apart after a colon or a comma stand as the speaker's
  // own, whatever clause introduces them)
  if (from < k - 1 && /^[:,]$/.test(tokens[from]?.lower ?? '')) return false;
  for (let i = from; i >= 0; i--) {
    const t = tokens[i]!;
    if (t.lower === ',' || t.lower === ';' || QUOTE_TOKEN.test(t.lower)) return false;
    if (!ADVERBIAL_SUBORDINATORS.has(t.lower)) continue;
    if (SUBJECT_PRONOUNS.has(tokens[i + 1]?.lower ?? '')) return true;
    let j = i + 1;
    while (j < k && tokens[j]!.pos === 'PROPN') j++;
    return j > i + 1 && /^(?:VERB|AUX)$/.test(tokens[j]?.pos ?? '');
  }
  return false;
}

/**
 * Like `inRelative`, but a relative clause closed by a comma that a verb follows (the main clause's, or a participle
 * going on from it) is over: in "Andre Carson of Indiana, who is Muslim, referred to this as “…”" the quotation is the
 * main clause's, in "the agency, which, according to a report, “provides …”" it is still the relative clause's.
 */
export function inUnresumedRelative(tokens: Token[], k: number): boolean {
  for (let i = k - 1; i > 0; i--) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    // (", according to …," is an aside inside the clause, not its end)
    if (t.lower === ',' && /^(?:VERB|AUX)$/.test(next?.pos ?? '') && next!.lower !== 'according')
      return false;
    if (t.lower === 'which' || t.lower === 'who') return true;
    if (t.lower === 'that' && tokens[i - 1]!.pos === 'NOUN' && tokens[i + 1]?.pos !== 'NOUN')
      return true;
  }
  return false;
}

/**
 * "the Australian Federal Police has charged and arrested 23 men … of “trading images …”": a quotation that words a
 * charge, right after its "with" or "of", is the charge's wording; the sentence tells the act of charging.
 */
export function chargeWording(tokens: Token[], k: number): boolean {
  const from = beforeOpeningMark(tokens, k);
  if (!/^(?:with|of)$/.test(tokens[from]?.lower ?? '')) return false;
  for (let i = from - 1; i >= 0 && i >= from - 10; i--) {
    const t = tokens[i]!;
    if (t.pos === 'PUNCT') return false;
    if (t.pos === 'VERB' && CHARGING.includes(t.lemma)) return true;
  }
  return false;
}

/** The token before the opening mark(s) of the quotation whose first word is at `k`. */
function beforeOpeningMark(tokens: Token[], k: number): number {
  let from = k - 1;
  while (from >= 0 && QUOTE_TOKEN.test(tokens[from]!.lower)) from--;
  return from;
}
