import { analyzeArticle } from '../analysis/index.ts';
import type { ArticleAnalysis } from '../analysis/index.ts';
import {
  applyOverrides,
  DEFAULT_SELECTION,
  generateQuestions,
  selectQuestions,
  slotOf,
} from '../quiz/index.ts';
import type { LessonSelection } from '../quiz/selection.ts';
import type { Question } from '../quiz/types.ts';
import type { SentenceOverride } from '../store/types.ts';

/** What a lesson is made of. `analysis` is the analyzer's output untouched; overrides live beside it. */
export interface BuiltLesson {
  title: string;
  analysis: ArticleAnalysis;
  questions: Question[];
  selection: LessonSelection;
}

/** Analyzes the article text and picks a lesson-length set of questions (DEFAULT_SELECTION unless given). */
export function buildLesson(
  text: string,
  overrides: SentenceOverride[] = [],
  selection: LessonSelection = DEFAULT_SELECTION,
): BuiltLesson {
  const analysis = analyzeArticle(text);
  return {
    title: analysis.title,
    analysis,
    questions: rebuildQuestions(analysis, overrides, selection),
    selection,
  };
}

/**
 * The questions for a stored analysis after the teacher edited the overrides or the selection. Without a
 * selection (lessons older than it) every generated question is asked. Questions of `current` are kept
 * where still offered, and `avoid` ones left out where others remain ("make a fresh set"); a question
 * whose sentence and answer did not change keeps its id, so answers already given to it still count.
 */
export function rebuildQuestions(
  analysis: ArticleAnalysis,
  overrides: SentenceOverride[],
  selection?: LessonSelection,
  options: { current?: readonly Question[]; avoid?: readonly Question[] } = {},
): Question[] {
  const pool = generateQuestions(analysis, overrides);
  if (!selection) return pool;
  return selectQuestions(pool, applyOverrides(analysis, overrides).sentences, selection, {
    keep: new Set((options.current ?? []).map(slotOf)),
    avoid: new Set((options.avoid ?? []).map((q) => q.id)),
    preferred: new Set(overrides.map((o) => o.sentenceIndex)),
  });
}
