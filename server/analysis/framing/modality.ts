import { SINGLE_SUBJECT_PRONOUNS } from '../lexicon/function-words.ts';
import {
  CAUSAL_VERBS,
  DEONTIC_MODALS,
  NOT_ESTIMATING,
  SPECULATIVE_MODALS,
} from '../lexicon/hedges.ts';
import { MEASURE_VERBS } from '../lexicon/measures.ts';
import { ANCHORING_ADVERBS } from '../lexicon/anchoring-adverbs.ts';
import { NEGATIONS } from '../lexicon/auxiliaries.ts';
import { inList, type Token } from '../grammar/token.ts';
import { InList } from '../lexicon/word-lists.ts';
import type { WordCue } from './word-cue.ts';

const GOVERNED = new Set(['VERB', 'AUX', 'ADV', 'PART']);

/**
 * The word lists every cue of `modality` (and of words.ts `conditionalWould`, on "would") rests on, as written or by
 * lemma: a word in none of them is no modal or hedge, and its caller may pass it over without asking.
 */
export const MODALITY_WORDS =
  InList.SPECULATIVE_MODAL |
  InList.BACKWARD_MODAL | // "would", "can", "cannot", "ca"
  InList.DEONTIC_MODAL |
  InList.HEDGE_WORD |
  InList.EPISTEMIC_PREDICATE |
  InList.HEDGE_VERB_LEMMA |
  InList.FORECAST_VERB_LEMMA;

/** Speculation and obligation: modal auxiliaries, hedges and forecasting verbs. */
export function modality(
  t: Token,
  next: Token | undefined,
  prev: Token | undefined,
  after?: Token,
  inIf = false,
  inRelative = false,
): WordCue | null {
  // A modal must govern a verb ("the full might of" is a noun); "could not" reports a past inability.
  const modal = t.pos === 'AUX' && next !== undefined && GOVERNED.has(next.pos);
  const pastInability = t.lower === 'could' && next !== undefined && NEGATIONS.has(next.lower);
  if (modal && SPECULATIVE_MODALS.has(t.lower) && !pastInability) {
    // "may have spurred", "might have been": a conjecture about what already happened is the writer's own
    // explanation, surer framing than a forecast, enough even beside a figure
    if (next.lower === 'have' && after?.pos === 'VERB' && after.lower !== after.lemma)
      return { cue: 'speculation', pair: true, weight: 0.75 };
    return { cue: 'speculation', pair: true };
  }
  // "would have faced impeachment": a counterfactual is the writer's speculation about what did not happen
  // (not in an "if" clause: "than if they would have taken it" states a condition)
  if (t.lower === 'would' && next?.lower === 'have' && after?.pos === 'VERB' && !inIf) {
    return { cue: 'speculation', pair: true };
  }
  // "any town can build", "a city cannot run without": a timeless claim of what is possible, not a report.
  if (
    modal &&
    (t.lower === 'can' || t.lower === 'cannot' || t.lower === 'ca') &&
    next?.lemma !== 'be' &&
    !CAUSAL_VERBS.has(next?.lemma ?? '') &&
    !MEASURE_VERBS.has(next?.lemma ?? '') && // "can weigh about fourteen tons": a capacity
    !(next?.pos === 'ADV' && after?.lemma === 'be') && // "can then be removed"
    !ANCHORING_ADVERBS.has(next?.lower ?? '') && // "passengers can now demand", "police can still buy"
    !inRelative &&
    // "she can't justify buying a new computer", "if he can't meet his goal" (Dragnet rounds 1113, 1120): one
    // person's or thing's ability, no claim about any town or city
    !SINGLE_SUBJECT_PRONOUNS.has(prev?.lower ?? '')
  ) {
    return { cue: 'generalisation', pair: true, weight: 0.5 };
  }
  // "should at a minimum": a deontic modal judges whatever follows it. A prescription is the writer's stance however
  // many figures stand beside it ("no town of 5,000 should pay for this"), so it decides even in an anchored sentence.
  if (t.pos === 'AUX' && DEONTIC_MODALS.has(t.lower))
    return { cue: 'evaluative', pair: true, weight: 0.75 };
  // "more likely to vote": a measured comparison, not a forecast.
  // ("a more likely scenario is …" is a forecast: the comparison is measured only with "to" or "than" after it)
  const compared =
    prev !== undefined &&
    (prev.lower === 'more' || prev.lower === 'less') &&
    (next?.lower === 'to' || next?.lower === 'than');
  // ("has written to homes likely to be affected": set after its noun, the hedge says which homes, no forecast of
  // the writer's)
  const postnominal =
    prev?.pos === 'NOUN' && next?.lower === 'to' && /^(?:likely|unlikely)$/.test(t.lower);
  if (inList(t, InList.HEDGE_WORD) && !compared && !postnominal)
    return { cue: 'speculation', pair: true };
  if (t.pos === 'VERB' && inList(t, InList.HEDGE_VERB_LEMMA))
    return { cue: 'speculation', pair: true };
  if (inList(t, InList.EPISTEMIC_PREDICATE) && epistemicPredicate(t, next, prev))
    return { cue: 'speculation', pair: true };
  // wink-nlp sometimes tags "risks" as a noun in "which risks alienating"; the following -ing verb settles it.
  // "poses a risk to the woman" names a danger; "risks alienating", "set to rise" forecast
  const infinitive = next?.lower === 'to' && (t.pos === 'VERB' || after?.pos === 'VERB');
  const forecast = infinitive || (next?.pos === 'VERB' && next.lower.endsWith('ing'));
  if ((t.pos === 'VERB' || t.pos === 'NOUN') && inList(t, InList.FORECAST_VERB_LEMMA) && forecast) {
    return { cue: 'speculation', pair: true };
  }
  return null;
}

/**
 * "It's possible that …", "is almost impossible to overcome", "This is also plausible": the adjective as a predicate,
 * after "be" or an adverb and not before a noun, or before "that". "It is possible to buy tickets online" says what can
 * be done, so "possible" before "to" is no estimate ("impossible to" still judges).
 */
function epistemicPredicate(t: Token, next: Token | undefined, prev: Token | undefined): boolean {
  if (t.lower === 'possible' && next?.lower === 'to') return false;
  if (next?.lower === 'that') return true;
  // ("the earliest possible date": before its noun the adjective is an attribute, whatever stands before it)
  if (next?.pos === 'NOUN' || next?.pos === 'PROPN') return false;
  if (!prev || NOT_ESTIMATING.has(prev.lower)) return false;
  // ("Per this regulation, collective punishment of a tribe was possible": what a rule allowed then is a fact; the
  // writer's estimate is of now and what comes)
  if (prev.lower === 'was' || prev.lower === 'were') return false;
  return prev.lemma === 'be' || prev.pos === 'ADV';
}
