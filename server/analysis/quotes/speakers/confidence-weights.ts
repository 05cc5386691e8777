/**
 * Weights of the speaker-confidence model (confidence-model.ts; features in confidence-features.ts): logistic
 * regression, L2 0.01 on standardised features, fitted on the 1378 first-contact speech quotes with a speaker
 * found, rounds 1–19 (eval/first-contact-speakers.json), on 2026-12-02 by
 * `npm run train:speaker-confidence`. Written by that script: re-run it after the replay, never edit by hand.
 * Held out (first contact; share at ≥ 0.9, accuracy there, ECE), the model against the count table by form:
 *   each round rated by the other rounds: 53.6% at ≥ 0.9, 96.3% right, ECE 0.024 (table 59.4% at ≥ 0.9, 95.4% right, ECE 0.027);
 *   each blind round by the rounds before it: 60.5% at ≥ 0.9, 94.3% right, ECE 0.049 (table 61.1% at ≥ 0.9, 93.8% right, ECE 0.057).
 */
export const SPEAKER_CONFIDENCE_WEIGHTS: unknown = {
  bias: 3.505,
  weights: {
    'form:pronoun': -1.677,
    'form:long': -1.837,
    'form:one-word': -3.766,
    'form:phrase': -2.847,
    'way:tag': 0.538,
    'way:verb-far': -0.05,
    'way:carried': -0.449,
    'way:next': -2.115,
    'way:other': -0.393,
    'pronoun-in-doubt': -0.122,
    'article-doubt': -0.678,
    distance: -0.676,
    'named-in-quote': -2.247,
    digit: -1.278,
    headline: -5.025,
  },
};
