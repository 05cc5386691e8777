import type { QuestionStat } from './lesson-report.ts';

/** The questions the class got wrong most often (lowest percent correct first), only those with a wrong answer. */
export function mostMissed(stats: QuestionStat[], limit = 5): QuestionStat[] {
  return stats
    .filter((s) => s.percentCorrect !== null && s.correct < s.answered)
    .sort(
      (a, b) =>
        (a.percentCorrect ?? 0) - (b.percentCorrect ?? 0) ||
        b.answered - a.answered ||
        a.number - b.number,
    )
    .slice(0, limit);
}
