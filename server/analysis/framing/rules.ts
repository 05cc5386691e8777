import type { Token } from '../grammar/token.ts';
import { LIABLE_WORDS, RULE_QUANTIFIERS, RULE_WORDS } from '../lexicon/rules.ts';
import { OCCASION_WORDS, PROCEDURAL_VERBS, RULE_BODIES } from '../lexicon/procedures.ts';
import { NEGATIONS } from '../lexicon/auxiliaries.ts';

/** The first word of the clause holding token i: after the sentence start, a comma, a semicolon or a conjunction. */
function clauseStart(tokens: Token[], i: number): number {
  let k = i - 1;
  while (k >= 0 && !/^[,;:]$/.test(tokens[k]!.lower) && tokens[k]!.pos !== 'CCONJ') k--;
  return k + 1;
}

/** "Two-thirds of members", "all residents over 18", "candidates": a class of people a rule applies to. */
function classSubject(tokens: Token[], from: number, to: number): boolean {
  if (to < from) return false;
  const first = tokens[from]!;
  const head = tokens[to]!;
  if (first.pos === 'NUM' || RULE_QUANTIFIERS.has(first.lower)) return true;
  const bare = tokens.slice(from, to + 1).every((t) => t.pos !== 'DET' && t.pos !== 'PRON');
  return bare && (head.pos === 'NOUN' || head.pos === 'PROPN') && /[^s]s$/.test(head.lower);
}

/**
 * "Two-thirds of members must vote to expel", "candidates must reach 15% to qualify": "must" with a class of people
 * as subject and a threshold, a purpose or a named rule states a requirement, not the writer's prescription.
 */
function requirement(tokens: Token[], i: number): boolean {
  // "taxes must be increased": what must be done to a thing is a prescription; a rule binds people to act
  if (tokens[i + 1]?.lemma === 'be') return false;
  const from = clauseStart(tokens, i);
  if (!classSubject(tokens, from, i - 1)) return false;
  return tokens.some(
    (t, k) =>
      t.pos === 'NUM' ||
      t.lower === '%' ||
      RULE_WORDS.has(t.lower) ||
      (k > i + 1 && t.lower === 'to' && tokens[k + 1]?.pos === 'VERB'),
  );
}

/** "The only penalties a tribunal may impose": "may" in a relative clause without "that" names what is allowed. */
function allowed(tokens: Token[], i: number): boolean {
  let k = i - 1;
  if (tokens[k]?.pos !== 'NOUN' && tokens[k]?.pos !== 'PROPN') return false;
  while (k > 0 && /^(?:NOUN|PROPN|ADJ)$/.test(tokens[k - 1]!.pos)) k--;
  const det = tokens[k - 1];
  return det?.pos === 'DET' && /^(?:NOUN|PROPN)$/.test(tokens[k - 2]?.pos ?? '');
}

/** The verb a modal governs, past a negation, adverbs and a passive "be" ("cannot be appealed" → "appealed"). */
function governedVerb(tokens: Token[], i: number): Token | undefined {
  for (let k = i + 1; k < tokens.length && k <= i + 4; k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB') return t;
    if (!(NEGATIONS.has(t.lower) || t.pos === 'ADV' || t.lemma === 'be')) return undefined;
  }
  return undefined;
}

/**
 * "The tribunal's finding cannot be appealed", "during the recess members of the assembly may not sit": "may" or
 * "can" whose verb is a step of procedure, or "may" whose subject is a body or an instrument of one ("the board may
 * waive the fee"), states what the rules allow or forbid, not the writer's guess. A word dating one occasion ("may vote next week") keeps it a forecast.
 */
function procedure(tokens: Token[], i: number): boolean {
  const verb = governedVerb(tokens, i);
  if (!verb) return false;
  let rule = PROCEDURAL_VERBS.has(verb.lemma);
  // "can" of a body is as often the writer's demand ("the senate can do better"); "may" of a body grants a power
  for (let k = clauseStart(tokens, i); !rule && tokens[i]!.lower === 'may' && k < i; k++) {
    const t = tokens[k]!;
    rule = (t.pos === 'NOUN' || t.pos === 'PROPN') && RULE_BODIES.has(t.lemma);
  }
  if (!rule) return false;
  for (let k = i + 1; k < tokens.length; k++)
    if (OCCASION_WORDS.has(tokens[k]!.lower)) return false;
  return true;
}

/**
 * True when the modal at `i` states a rule or a legal consequence rather than the writer's guess or prescription:
 * a requirement ("must vote to expel"), a permission in a relative clause ("the penalties a tribunal may impose"),
 * a step of procedure ("cannot be appealed") or a liability ("could be subject to a fine").
 */
export function statesRule(tokens: Token[], i: number): boolean {
  const t = tokens[i]!.lower;
  if (t === 'must') return requirement(tokens, i);
  if (t === 'may' && allowed(tokens, i)) return true;
  if ((t === 'may' || t === 'can' || t === 'ca' || t === 'cannot') && procedure(tokens, i))
    return true;
  if ((t === 'may' || t === 'can') && conditioned(tokens, i)) return true;
  const liable =
    tokens[i + 1]?.lemma === 'be' &&
    LIABLE_WORDS.has(tokens[i + 2]?.lower ?? '') &&
    /^(?:to|for)$/.test(tokens[i + 3]?.lower ?? '');
  return (t === 'could' || t === 'may' || t === 'might') && liable;
}

/**
 * "this money can go to organizations that also perform abortions so long as the funds are kept separate": a
 * permission bound to a condition later in its clause ("so long as", "as long as", ", provided") states a rule.
 */
function conditioned(tokens: Token[], i: number): boolean {
  for (let k = i + 2; k < tokens.length && k <= i + 20; k++) {
    const w = tokens[k]!.lower;
    if (w === '.' || w === ';') return false;
    if (w === 'long' && tokens[k + 1]?.lower === 'as' && /^(?:so|as)$/.test(tokens[k - 1]!.lower))
      return true;
    // (", provided the funds …", "provided that …"; not "who provided the information")
    if (w === 'provided' && (tokens[k + 1]?.lower === 'that' || tokens[k - 1]!.lower === ','))
      return true;
  }
  return false;
}
