import type { Question } from './types.ts';

const byId = (a: Question, b: Question): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Picks `count` questions, returned in their original order: first those about `preferred` sentences (the
 * ones a teacher corrected or confirmed), then by id. Which questions a cap keeps then depends only on each
 * question itself, so editing one sentence does not reshuffle the rest of the lesson (and the answers already
 * given to them stay valid); id order, being a hash, still spreads the picks over the article.
 */
export function pickByHash(
  questions: readonly Question[],
  count: number,
  preferred: ReadonlySet<number> = new Set(),
): Question[] {
  const rank = (q: Question) => (preferred.has(q.sentenceIndex) ? 0 : 1);
  const kept = new Set(
    [...questions].sort((a, b) => rank(a) - rank(b) || byId(a, b)).slice(0, Math.max(0, count)),
  );
  return questions.filter((q) => kept.has(q));
}
