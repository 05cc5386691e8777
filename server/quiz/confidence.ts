import {
  holdsFigure,
  mainstreamShare,
  type AnalyzedSentence,
  type Label,
  type Quote,
} from '../analysis/index.ts';

/**
 * Below this confidence the analyzer's label is too often wrong to teach with: the quiz asks nothing about the
 * sentence unless a teacher set or confirmed its label (which `applyOverrides` turns into confidence 1).
 * Confidence is calibrated on first contact (the share of sentences with the same basis labelled right on articles
 * the rules were not drawn from, server/analysis/calibration.ts; rounds 1–18): the quiz asks only what was right at
 * least three times in four there. 0.75 leaves out a fact holding words that often report (0.71: one in four was a
 * report the rules missed), a report placed after another verb (0.72), a lone framing label in an article that
 * reports (0.21), and speakers named by one word, a phrase or three or more capitalised words, or not at all
 * (0.01–0.69), and since rounds 17 and 18 a speaker reached through a pronoun (0.74; 0.73 in an article whose
 * speakers are in doubt); it keeps a fact with near-cues (0.82). It was 0.7 while those first two were counted at 0.66 and 0.70; counted where the
 * analyzer put its misses at the time (eval/first-contact/map.ts), the first rose above 0.7, and a quiz at 0.7 would
 * have asked about 95% of first-contact sentences with 89.7% right instead of 80% with 94%.
 */
export const MIN_CONFIDENCE = 0.75;

/**
 * How sure the quiz may take a label to be: the analyzer's confidence, or, lower, the share of its basis right on
 * mainstream news (analysis/mainstream-counts.ts; "a few framing words, too weak to call it framing" was right 83% of
 * the time on Wikinews, 52% there); a label the teacher set or confirmed is 1 (`applyOverrides`). On blind rounds
 * 765–779 (BBC business stories labelled by hand in session 37, after the counts were taken) the quiz at 0.75 asked
 * about 74.6% of sentences with 88.7% right by the confidence alone, 62.9% with 91.7% right by this; on the gold,
 * 81.1% with 98.8% right, and 73.0% with 99.2%. A fact goes by the share of facts with a figure, or of those with
 * none (mainstreamShare with the sentence's text): on news pages of 2016–22 labelled after that split was drawn
 * (blind rounds 815–831, 32 default lessons), classify questions with a wrong answer fell from 30 of 128 to 26 of 130.
 */
export function quizConfidence(sentence: RatedSentence): number {
  return quizRating(sentence).confidence;
}

/** What quizConfidence reads of a sentence: its label's confidence and basis, and its text and label when known. */
export type RatedSentence = Pick<AnalyzedSentence, 'confidence' | 'basis'> & {
  text?: string;
  label?: Label;
};

/** How sure the quiz takes a label (quizConfidence), and why when it is less sure than the analyzer. */
export interface QuizRating {
  confidence: number;
  /** A fact taken at the share of mainstream facts with no figure or date to check (mainstreamShare). */
  figureless: boolean;
}

/** quizConfidence with the reason a teacher's review page gives for it (teacher-unsure.ts). */
export function quizRating(sentence: RatedSentence): QuizRating {
  if (sentence.confidence >= 1) return { confidence: 1, figureless: false };
  const share =
    sentence.basis === undefined ? undefined : mainstreamShare(sentence.basis, sentence.text);
  if (share === undefined || share > sentence.confidence)
    return { confidence: sentence.confidence, figureless: false };
  const figureless =
    sentence.label === 'fact' && sentence.text !== undefined && !holdsFigure(sentence.text);
  return { confidence: share, figureless };
}

/** True when questions may be asked about the sentence. */
export function isReliable(sentence: AnalyzedSentence): boolean {
  return quizConfidence(sentence) >= MIN_CONFIDENCE;
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
