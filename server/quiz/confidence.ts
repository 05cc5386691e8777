import type { AnalyzedSentence } from '../analysis/index.ts';

/**
 * Below this confidence the analyzer's label is a guess: the quiz asks nothing about the sentence
 * unless a teacher set or confirmed its label (which `applyOverrides` turns into confidence 1).
 */
export const MIN_CONFIDENCE = 0.6;

/** True when questions may be asked about the sentence. */
export function isReliable(sentence: AnalyzedSentence): boolean {
  return sentence.confidence >= MIN_CONFIDENCE;
}
