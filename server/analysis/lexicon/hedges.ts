/**
 * Hedges and modality (Hyland 2005, "Metadiscourse"): words by which a writer speculates about outcomes rather
 * than reporting them. Modal auxiliaries are matched by lemma on wink-nlp's AUX tag; "will"/"would" are left out
 * because news uses them for scheduled events and reported plans.
 */
export const SPECULATIVE_MODALS: ReadonlySet<string> = new Set(['could', 'may', 'might']);

/** Deontic modals: the writer saying what ought to happen (exhortation). */
export const DEONTIC_MODALS: ReadonlySet<string> = new Set(['should', 'must', 'ought']);

/** Epistemic adverbs and adjectives that hedge a claim. */
export const HEDGE_WORDS: ReadonlySet<string> = new Set([
  'perhaps',
  'possibly',
  'potentially',
  'probably',
  'likely',
  'unlikely',
  'arguably',
  'apparently',
  'seemingly',
  'presumably',
  'supposedly',
  'conceivably',
  // the writer doubting what something seems to be ("ostensibly veterans of the war")
  'ostensibly',
  // … and guessing ("Maybe the plan will work", "the apparent aim"), as "perhaps" and "apparently" do
  'maybe',
  'apparent',
]);

/**
 * Adjectives that weigh how likely a claim is, said as a predicate ("It's possible that Trump is behind the bump", "is
 * almost impossible to overcome", "This is also plausible"): the writer's estimate, not a fact. As attributes they
 * only describe ("the highest possible score", "a possible run"), so framing/modality.ts counts them after a verb "be"
 * or an adverb, or before "that". From general English usage.
 */
export const EPISTEMIC_PREDICATES: ReadonlySet<string> = new Set([
  'possible',
  'impossible',
  'plausible',
  'implausible',
  'conceivable',
  'inconceivable',
  'doubtful',
  'inevitable',
]);

/**
 * Words before an EPISTEMIC_PREDICATES adjective that make a fixed phrase of manner, not an estimate: "as soon as
 * possible", "where possible", "whenever possible" (general English usage).
 */
export const NOT_ESTIMATING: ReadonlySet<string> = new Set([
  'as',
  'where',
  'when',
  'whenever',
  'wherever',
  'if',
]);

/** Verbs that hedge whatever follows them: "seems slim", "appears to be". */
export const HEDGE_VERBS: ReadonlySet<string> = new Set(['seem']);

/** Verbs that forecast when followed by "to" or a verb: "appears to be", "risks alienating", "threatens to". */
export const FORECAST_VERBS: ReadonlySet<string> = new Set(['appear', 'risk', 'threaten']);

/**
 * Verbs of cause and effect: "particles can cause lung disease" states a known capacity of a thing, checkable like any
 * finding, not the writer's sweep over what is possible ("any town can build").
 */
export const CAUSAL_VERBS: ReadonlySet<string> = new Set([
  'cause',
  'trigger',
  'lead',
  'result',
  'damage',
  'harm',
  'kill',
  'infect',
  'spread',
  'reduce',
  'increase',
  'affect',
]);

/**
 * Words after "appears to be" that make it a forecast, not a description of what is seen: "appears to be set to win",
 * "likely to", "on course for", "about to" (chosen by hand from general English usage).
 */
export const HEADING_WORDS: ReadonlySet<string> = new Set([
  'set',
  'likely',
  'unlikely',
  'poised',
  'about',
  'on',
  'headed',
  'bound',
  'close',
  'near',
  'nearing',
]);

/**
 * Participles of the senses: "could be heard throughout the island", "could be seen from the motorway" tell what
 * was there to perceive, not a guess (chosen by hand from general English usage).
 */
export const PERCEIVED: ReadonlySet<string> = new Set([
  'heard',
  'seen',
  'felt',
  'smelled',
  'smelt',
  'spotted',
  'glimpsed',
]);
