import type { Answer } from '../store/types.ts';

/**
 * Whether an answer counts as right: the automatic score for choice questions, the teacher's mark for an
 * open answer (good counts as right, needs work as wrong), null while an open answer is unmarked.
 */
export function answerCorrect(answer: Answer): boolean | null {
  if (answer.correct !== null) return answer.correct;
  return answer.mark ? answer.mark.verdict === 'good' : null;
}

/** The words a teacher's verdict shows as, in pages and exports. */
export function verdictText(verdict: 'good' | 'needs-work'): string {
  return verdict === 'good' ? 'good' : 'needs work';
}
