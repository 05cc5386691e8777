/**
 * Weights of the learned speaker choice (quotes/speakers/learned/). None fitted yet: the rules decide alone.
 */
export const SPEAKER_WEIGHTS: unknown = null;
