/**
 * Reporting verbs that report only with a certain kind of subject. Chosen by hand from the reporting verbs
 * (`reporting-verbs.ts`); each list names the example that motivated it.
 */

// verbs whose subject "it" can only be a body or a publication that speaks; example that motivated it: "It said the
// plane …", "It cited the air force" (not "it suggests", "it means")
export const IT_SPEAKS_VERBS: ReadonlySet<string> = new Set([
  'say',
  'state',
  'cite',
  'claim',
  'report',
  'announce',
  'add',
  'write',
  'tell',
  'list',
]);

// verbs of inference, which report only after a subject that can speak; example that motivated it: "The evidence
// suggests" is the writer's inference, "officials suggest" reports a source
export const INFERENCE_VERBS: ReadonlySet<string> = new Set([
  'suggest',
  'indicate',
  'imply',
  'show',
  'reveal',
  'mean',
]);

// verbs of refusal, a stance only when a person refuses; example that motivated it: "Sheinbaum has rejected US
// plans" states a stance, "The Senate rejected the bill" is a vote, an act
// verbs of finding, which report a clause even when negated; example that motivated it: "The review did not find
// that the nurse had erred" (the review's finding), against "The ministry did not respond" (nothing said)
export const FINDING_VERBS: ReadonlySet<string> = new Set([
  'find',
  'conclude',
  'determine',
  'establish',
]);

export const PERSONAL_STANCE_VERBS: ReadonlySet<string> = new Set(['reject', 'oppose']);
