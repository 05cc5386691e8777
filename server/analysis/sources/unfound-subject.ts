import type { Sentence } from './sentence.ts';
import { subordinate } from './clause.ts';
import { phraseAfter } from '../grammar/phrases.ts';
import { startsUpper } from '../grammar/token.ts';
import { ASSERTING_VERBS } from '../lexicon/reporting-verbs.ts';
import { clauseOpensAfter } from '../grammar/clause-opens.ts';
import { isFiniteVerb } from '../grammar/finite-verb.ts';

/** Where the verb at `i` starts with its own auxiliaries and adverbs: "have said", "has also said". */
function ownAuxiliaries(s: Sentence, i: number): number {
  let k = i;
  while (k > 0 && /^(?:AUX|ADV|PART)$/.test(s.tokens[k - 1]!.pos)) k--;
  return k;
}

/** "who", "which", "that" opening a relative clause before `i`, with no finite verb of its own before `i`. */
function opensRelativeBefore(s: Sentence, i: number): boolean {
  for (let k = ownAuxiliaries(s, i) - 1; k >= 0; k--) {
    const t = s.tokens[k]!;
    if (t.lower === 'who' || t.lower === 'which') return true;
    // ("a group of shop stewards … who said": the relative's own verb is this one)
    if (t.lower === 'that' && /^(?:NOUN|PROPN)$/.test(s.tokens[k - 1]?.pos ?? '')) return true;
    // ("Ford which posted its ninth drop …, said": the relative has its verb, so "said" is the sentence's own)
    if (isFiniteVerb(t)) return false;
  }
  return false;
}

/**
 * Whether a finite verb stands before `i` outside any relative clause: then the sentence's own verb came first, and
 * "said" belongs to a clause of its own ("… the dollars 27bn Russia says Yukos owes", a relative with no "which").
 */
function verbBefore(s: Sentence, i: number): boolean {
  const end = ownAuxiliaries(s, i);
  for (let k = 0; k < end; k++) {
    const t = s.tokens[k]!;
    if (t.lower === 'who' || t.lower === 'which' || t.lower === 'that') return false;
    // (the tagger's verbs that are no verb: a name, "Cook also added", and a compound's participle, "UK-based")
    const hyphened = s.tokens[k - 1]?.lower === '-' && s.tokens[k - 1]!.end === t.start;
    if (isFiniteVerb(t) && !startsUpper(s.text, t) && !hyphened) return true;
  }
  return false;
}

/**
 * "But Fair Trials Abroad director Stephen Jakobi said there were similarities …", "A spokesman for the Association
 * of Payment and Clearing Services (Apacs) which represents the industry said the risk was minimal": a finite verb
 * of saying with a clause after it reports words even where its subject is too long or too oddly tagged to find.
 * Not in a side clause ("as they said it would"), and not in a relative clause whose verb it is ("who said they were
 * facing redundancy"): there the sentence's own verb tells something else.
 */
export function reportWithUnfoundSubject(s: Sentence, i: number): boolean {
  const t = s.tokens[i]!;
  if (t.pos !== 'VERB' || t.lower === t.lemma || t.lower.endsWith('ing')) return false;
  const thatClause = s.tokens[i + 1]?.lower === 'that';
  if (!ASSERTING_VERBS.has(t.lemma) && !(t.lemma === 'add' && thatClause)) return false;
  // "told the advisory panel that …": the clause comes after the one told
  let at = i;
  if (t.lemma === 'tell') {
    const told = phraseAfter(s.tokens, i);
    if (!told) return false;
    at = told.to;
  }
  return (
    clauseOpensAfter(s.tokens, at) &&
    !subordinate(s.tokens, i) &&
    !opensRelativeBefore(s, i) &&
    !verbBefore(s, i)
  );
}
