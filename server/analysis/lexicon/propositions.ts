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
