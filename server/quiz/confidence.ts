import type { AnalyzedSentence, Quote } from '../analysis/index.ts';

/**
 * Below this confidence the analyzer's label is too often wrong to teach with: the quiz asks nothing about the
 * sentence unless a teacher set or confirmed its label (which `applyOverrides` turns into confidence 1).
 * Confidence is calibrated (the share of gold sentences with the same basis labelled right); with the rules of
 * 2026-12-02 every measured label basis is at 0.76 or more (framing by speculation is the least sure), so 0.7
 * leaves out only unmeasured or newly weak bases, and speakers found too loosely (a bare phrase, a distant verb).
 */
export const MIN_CONFIDENCE = 0.7;

/** True when questions may be asked about the sentence. */
export function isReliable(sentence: AnalyzedSentence): boolean {
  return sentence.confidence >= MIN_CONFIDENCE;
}

/**
 * How sure the analyzer is of a quote's speaker (0–1), or undefined when it did not say: lessons built before
 * speakers had a confidence. A teacher's speaker or confirmation makes it 1 (`applyOverrides`).
 */
export function speakerConfidenceOf(quote: Quote): number | undefined {
  // Checked, not trusted: a stored lesson is data from disk, and the store's schema lets extra fields through.
  const value: unknown = quote.speakerConfidence;
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** True when "who said it?" may be asked about the quote: its speaker is sure enough, or was never rated. */
export function isSpeakerReliable(quote: Quote): boolean {
  const confidence = speakerConfidenceOf(quote);
  return confidence === undefined || confidence >= MIN_CONFIDENCE;
}
