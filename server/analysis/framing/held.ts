import type { Token } from '../grammar/token.ts';
import { QUESTION_OPENERS } from '../lexicon/function-words.ts';
import { REPORTING_VERBS } from '../lexicon/reporting-verbs.ts';
import {
  CLAUSE_VERBS,
  HOLDER_PRONOUNS,
  PREDICTING_VERBS,
  PROPOSITION_NOUNS,
  QUESTION_PUTTING_VERBS,
  SAYING_VERBS,
  SHOWING_VERBS,
} from '../lexicon/propositions.ts';

/**
 * True when token `i` stands in the "that"-clause of a proposition noun in the same clause ("the idea that stripes
 * may confuse predators"), so a modal there is the proposition's own hedge.
 */
export function heldContent(tokens: Token[], i: number): boolean {
  // (a long clause may stand between: "following concerns that people who had helped the United States military and
  // Iraqi government during and after the Iraq War might be left in danger"; a new clause after ", but" ends it)
  for (let j = i - 1; j > 0 && j >= i - 25; j--) {
    const t = tokens[j]!;
    if (t.lower === '.' || t.lower === ';' || t.lower === ':') return false;
    if (t.lower === ',' && /^(?:but|and|while|although|though)$/.test(tokens[j + 1]?.lower ?? ''))
      return false;
    if (t.lower === 'that' && PROPOSITION_NOUNS.has(tokens[ownerNoun(tokens, j - 1)]?.lower ?? ''))
      return true;
  }
  return false;
}

/**
 * The noun a "that"-clause right after token `end` belongs to: the word at `end`, or the noun before a short phrase
 * naming whose it is ("a plea by current Lord Chancellor Lord Falconer that …", BBC, blind round 990).
 */
function ownerNoun(tokens: Token[], end: number): number {
  if (PROPOSITION_NOUNS.has(tokens[end]?.lower ?? '')) return end;
  let k = end;
  while (k > end - 7 && k > 0 && /^(?:PROPN|NOUN|ADJ|DET)$/.test(tokens[k]!.pos)) k--;
  return k < end && /^(?:by|from|of)$/.test(tokens[k]!.lower) ? k - 1 : end;
}

/** "work to predict likely wave conditions": a hedge word naming what is predicted is the forecast's object. */
export function predicted(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return (
    tokens[i]!.pos === 'ADJ' && !!prev && prev.pos === 'VERB' && PREDICTING_VERBS.has(prev.lemma)
  );
}

/**
 * True when the modal at `i` hedges a clause a source states ("which NASA said might take place") or a purpose
 * ("so the study could cover every plant"): the hedge is the source's, or no hedge at all, not the writer's guess.
 */
export function reportedOrPurpose(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 6; j--) {
    const t = tokens[j]!;
    if (t.pos === 'PUNCT') return false;
    // "a treaty, according to which boats may cross": the terms a text sets out, not the writer's guess
    if (
      t.lower === 'which' &&
      tokens[j - 1]?.lower === 'to' &&
      tokens[j - 2]?.lower === 'according'
    )
      return true;
    // "so the team's study could", "so that it could": a purpose, not a possibility ("so much could" grades)
    if (t.lower === 'so' && !/^(?:ADJ|ADV)$/.test(tokens[j + 1]?.pos ?? '')) return true;
    // "to show the invention could be used": what a test or a demonstration is meant to show
    if (t.pos === 'VERB' && SHOWING_VERBS.has(t.lemma) && tokens[j - 1]?.lower === 'to')
      return true;
    // "which analysts say could": the tagger may read a saying verb after a plural noun as a noun, as in heldBySource
    // ("analysts say"): a base form after a plural noun, so "the budget estimate could" keeps its hedge
    const prev = tokens[j - 1];
    const misread =
      t.pos === 'NOUN' && t.lower === t.lemma && prev?.pos === 'NOUN' && prev.lower.endsWith('s');
    const verb = t.pos === 'VERB' || misread;
    if (!verb || !REPORTING_VERBS.has(t.lemma) || !SAYING_VERBS.has(t.lemma)) continue;
    // "which the minister has said may be ready": the saying verb's subject may stand before its auxiliaries
    let k = j - 1;
    while (k > 0 && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV') && k >= j - 3) k--;
    if (k >= 0 && /^(?:NOUN|PROPN|PRON)$/.test(tokens[k]!.pos)) return true;
  }
  return false;
}

// a stop, a semicolon or a colon: the token alone, told by its code (this runs on up to fifteen words before every
// judgement or hedge, where the pattern's test cost several comparisons)
function endsClause(lower: string): boolean {
  if (lower.length !== 1) return false;
  const c = lower.charCodeAt(0);
  return c === 0x2e || c === 0x3b || c === 0x3a || c === 0x3f || c === 0x21; // . ; : ? !
}

/**
 * True when token `i` stands in the clause of a saying or thinking verb with its own subject ("critics argue the
 * plan is reckless", "they fear it could flood"): the judgement or hedge there is that subject's, not the writer's.
 */
export function heldBySource(tokens: Token[], i: number): boolean {
  for (let j = i - 2; j > 0 && j >= i - 15; j--) {
    const t = tokens[j]!;
    if (endsClause(t.lower)) return false;
    // "The complaint notes many residents …": the tagger may read a present-tense verb after a noun as a plural noun
    const verb =
      t.pos === 'VERB' ||
      (t.pos === 'NOUN' && t.lower.endsWith('s') && tokens[j - 1]!.pos === 'NOUN');
    if (!verb || !CLAUSE_VERBS.has(t.lemma) || t.lower.endsWith('ing')) continue;
    let k = j - 1;
    while (k > 0 && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'AUX')) k--;
    const subject = tokens[k]!;
    return /^(?:NOUN|PROPN)$/.test(subject.pos) || HOLDER_PRONOUNS.has(subject.lower);
  }
  return false;
}

/**
 * "He would not comment on when a better alternative might be developed", "declined to say whether the plant could
 * reopen": token `i` in a question someone would or would not answer (a wh-word after a verb that puts a question, its
 * "on" or "about" between, no mark before `i`), so a modal there asks, it does not guess.
 */
export function questionPut(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j > 0 && j >= i - 12; j--) {
    const t = tokens[j]!;
    if (t.pos === 'PUNCT') return false;
    if (!QUESTION_OPENERS.test(t.lower)) continue;
    const link = /^(?:on|about)$/.test(tokens[j - 1]!.lower) ? j - 2 : j - 1;
    const verb = tokens[link];
    return !!verb && verb.pos === 'VERB' && QUESTION_PUTTING_VERBS.has(verb.lemma);
  }
  return false;
}
