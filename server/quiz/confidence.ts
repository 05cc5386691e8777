import type { AnalyzedSentence } from '../analysis/index.ts';

/**
 * Below this confidence the analyzer's label is too often wrong to teach with: the quiz asks nothing about the
 * sentence unless a teacher set or confirmed its label (which `applyOverrides` turns into confidence 1).
 * Confidence is calibrated (the share of gold sentences with the same basis labelled right), so 0.7 leaves out
 * framing decided only by speculation, generalisation or "we/you" (right 40–67% of the time on the gold) and keeps
 * loaded wording and scaffolding, so framing questions remain.
 */
export const MIN_CONFIDENCE = 0.7;

/** True when questions may be asked about the sentence. */
export function isReliable(sentence: AnalyzedSentence): boolean {
  return sentence.confidence >= MIN_CONFIDENCE;
}
