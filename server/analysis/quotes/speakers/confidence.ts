/**
 * Measured 2026-12-02 on 53 gold articles (373 speech quotes the analyzer typed speech).
 * How often each way of finding a speech quote's speaker was right on the project's own gold (eval/gold/, `npm run
 * eval`, "Speaker confidence by basis"): [speech quotes, right]. A basis is the cue that found the speaker ("tag"
 * right after the quotation, "verb" just before it, "verb-far" several words before, "according-to" …) and how its
 * phrase became a name ("name", "pronoun", "title", "description", "body", "phrase" as written), or how a quote
 * without a cue of its own got one ("carried" from its first part, "previous" or "next" quote in the paragraph,
 * "paragraph" from the sentence before, "next-sentence" from the sentence after, "shared" with the sentence's
 * other quote), or "none".
 * Re-measure and update these counts when the speaker rules change; the eval prints them.
 */
const MEASURED: Record<string, [number, number]> = {
  'verb:name': [106, 105],
  'verb-far:name': [59, 59],
  previous: [52, 52],
  'tag:name': [52, 52],
  'verb:pronoun': [24, 23],
  'tag:pronoun': [9, 9],
  'verb:body': [8, 8],
  'according-to:name': [6, 6],
  'describing:name': [6, 6],
  'verb:description': [5, 5],
  'verb-far:body': [4, 4],
  shared: [4, 4],
  'verb:phrase': [4, 4],
  'verb-far:phrase': [3, 3],
  'colon:name': [3, 3],
  'speech-noun:name': [3, 3],
  'speech-noun:title': [3, 3],
  'verb-far:pronoun': [3, 2],
  none: [3, 0],
  'colon:description': [3, 3],
  'tag:phrase': [1, 1],
  next: [1, 1],
  'colon:phrase': [1, 1],
  'according-to:body': [1, 1],
  'describing:pronoun': [1, 1],
  'tag-subject:name': [1, 1],
  'according-to:pronoun': [1, 1],
  'speech-noun:phrase': [1, 1],
  'tag-participle:name': [1, 1],
  'tag:body': [1, 1],
  'speech-noun:description': [1, 1],
  'verb:title': [1, 1],
  'according-to:phrase': [1, 1],
};

// What a basis seldom or never measured is taken to be worth: speaker accuracy on first contact over the pool
// rounds 1–8 (200/271, docs/labels.md), not the in-sample 0.9: a rare way of finding a speaker is the kind of
// thing a fresh article brings.
const PRIOR = 0.74;
// A basis seen n times counts as n quotes against PRIOR_WEIGHT quotes at the prior, as the sentence confidence does.
const PRIOR_WEIGHT = 4;

/** The probability that a speaker found this way is right, from the measured counts smoothed toward the prior. */
export function speakerConfidence(basis: string): number {
  const [n, right] = MEASURED[basis] ?? [0, 0];
  const p = (right + PRIOR_WEIGHT * PRIOR) / (n + PRIOR_WEIGHT);
  // never certain: a few hundred right answers say nothing of the next article's oddities
  return Math.min(0.99, Math.round(p * 100) / 100);
}
