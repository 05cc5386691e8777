import type { AnalyzedSentence, ArticleAnalysis } from '../analysis/index.ts';
import type { SentenceOverride } from '../store/types.ts';
import { teacherEvidence } from './teacher-words.ts';

function applyOne(sentence: AnalyzedSentence, override: SentenceOverride): AnalyzedSentence {
  const teacherSure = override.label !== undefined || override.confirmed === true;
  const quotes = sentence.quotes.map((quote, quoteIndex) => {
    const fix = override.quotes?.find((q) => q.quoteIndex === quoteIndex);
    // A speaker the teacher typed or confirmed, or a sentence the teacher confirmed, is as sure as a speaker gets.
    const speakerSure =
      fix?.speaker !== undefined || fix?.confirmed === true || override.confirmed === true;
    if (!fix && !speakerSure) return quote;
    return {
      ...quote,
      ...(fix?.type !== undefined && { type: fix.type }),
      ...(fix?.speaker !== undefined && { speaker: fix.speaker?.trim() || null }),
      ...(speakerSure && { speakerConfidence: 1 }),
    };
  });
  const label = override.label ?? sentence.label;
  return {
    ...sentence,
    label,
    confidence: teacherSure ? 1 : sentence.confidence,
    quotes,
    ...(override.words?.length && {
      evidence: teacherEvidence(sentence.text, label, override.words),
    }),
  };
}

/**
 * The analysis as the teacher corrected it: a teacher's label, quote type or speaker replaces the analyzer's,
 * a label the teacher set or confirmed gets confidence 1, and so does a speaker the teacher set or confirmed, or
 * any speaker of a sentence the teacher confirmed (`speakerConfidence`). Overrides for sentences or quotes that do not
 * exist are ignored (the text may have been re-analyzed). Pure and idempotent; the input is not modified.
 */
export function applyOverrides(
  analysis: ArticleAnalysis,
  overrides: readonly SentenceOverride[],
): ArticleAnalysis {
  if (overrides.length === 0) return analysis;
  const sentences = analysis.sentences.map((sentence) => {
    const mine = overrides.filter((o) => o.sentenceIndex === sentence.index);
    return mine.reduce(applyOne, sentence);
  });
  return { ...analysis, sentences };
}
