/**
 * Words that put a clause in someone's mouth or purpose rather than the writer's, chosen by hand from general
 * English usage (not from any data set): a modal in such a clause is not the writer's speculation.
 */

/** Nouns whose "that"-clause states someone's proposition ("the idea that stripes may confuse predators"). */
export const PROPOSITION_NOUNS: ReadonlySet<string> = new Set([
  'idea',
  'ideas',
  'hypothesis',
  'hypotheses',
  'theory',
  'theories',
  'notion',
  'claim',
  'claims',
  'belief',
  'assumption',
  'suggestion',
  'suggestions',
  'allegation',
  'allegations',
  'argument',
  // "the dollar dropped on concerns that central banks may cut": what people fear or hope is theirs too
  'concern',
  'concerns',
  'fear',
  'fears',
  'worry',
  'worries',
  'hope',
  'hopes',
  // what someone asks or proposes: "rejected a plea by Lord Falconer that the holder should not be a lawyer"
  'plea',
  'pleas',
  'demand',
  'demands',
  'request',
  'requests',
  // what a market or a paper holds: "would not comment on market speculation that the management may develop an offer
  // of its own" (Reuters-21578, round 1161)
  'speculation',
  'rumour',
  'rumours',
  'rumor',
  'rumors',
  'expectation',
  'expectations',
  'prediction',
  'predictions',
]);

/**
 * Verbs that put a question without answering it: "would not comment on when a better alternative might be developed",
 * "declined to say whether the plant could reopen" (Reuters-21578, round 1161).
 */
export const QUESTION_PUTTING_VERBS: ReadonlySet<string> = new Set([
  'comment',
  'say',
  'speculate',
  'ask',
  'disclose',
  'elaborate',
  'indicate',
  'reveal',
  'specify',
]);

/** Verbs of saying or expecting whose clause is the source's ("which NASA said might", "officials say could"). */
export const SAYING_VERBS: ReadonlySet<string> = new Set([
  'say',
  'tell',
  'state',
  'predict',
  'estimate',
  'expect',
  'warn',
  'believe',
  'suggest',
]);

/** Verbs of testing or demonstrating: "to show the invention could be used" names what a test shows. */
export const SHOWING_VERBS: ReadonlySet<string> = new Set([
  'show',
  'prove',
  'demonstrate',
  'test',
  'check',
  'determine',
]);

/** Verbs of forecasting: "work to predict likely wave conditions" names what is predicted. */
export const PREDICTING_VERBS: ReadonlySet<string> = new Set([
  'predict',
  'forecast',
  'estimate',
  'model',
  'project',
  'calculate',
]);

/**
 * Verbs whose clause is what their subject says, thinks or fears ("critics argue the plan is reckless", "residents
 * fear the river could flood"): a judgement or hedge in that clause is the subject's. General English usage.
 */
export const CLAUSE_VERBS: ReadonlySet<string> = new Set(
  (
    'say tell state claim argue suggest insist assert contend maintain believe think fear worry hope expect warn ' +
    'note predict estimate allege admit concede acknowledge complain suspect reckon suppose'
  ).split(' '),
);

/** Pronouns that stand for a person holding a view; "it suggests", "this shows" are the writer's own inference. */
export const HOLDER_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'who']);
