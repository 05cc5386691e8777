import type { Question } from './types.ts';

/**
 * Picks `count` questions by their id's hash order, returned in their original order. Which questions a cap
 * keeps then depends only on each question itself, so editing one sentence does not reshuffle the rest of the
 * lesson (and the answers already given to them stay valid); hash order still spreads picks over the article.
 */
export function pickByHash(questions: readonly Question[], count: number): Question[] {
  const kept = new Set(
    [...questions]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, Math.max(0, count)),
  );
  return questions.filter((q) => kept.has(q));
}
