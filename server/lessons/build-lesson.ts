import { analyzeArticle } from '../analysis/index.ts';
import type { ArticleAnalysis } from '../analysis/index.ts';
import { generateQuestions } from '../quiz/index.ts';
import type { Question } from '../quiz/types.ts';
import type { SentenceOverride } from '../store/types.ts';

/** What a lesson is made of. `analysis` is the analyzer's output untouched; overrides live beside it. */
export interface BuiltLesson {
  title: string;
  analysis: ArticleAnalysis;
  questions: Question[];
}

/** Analyzes the article text and generates its questions with the teacher's overrides applied. */
export function buildLesson(text: string, overrides: SentenceOverride[] = []): BuiltLesson {
  const analysis = analyzeArticle(text);
  return { title: analysis.title, analysis, questions: rebuildQuestions(analysis, overrides) };
}

/**
 * The questions for a stored analysis after the teacher edited the overrides. Questions whose sentence and
 * answer did not change keep their ids, so answers already given to them still count.
 */
export function rebuildQuestions(
  analysis: ArticleAnalysis,
  overrides: SentenceOverride[],
): Question[] {
  return generateQuestions(analysis, overrides);
}
