import { pickByHash } from './rank.ts';
import type { Question, QuestionType } from './types.ts';

/** No question type may take more than this share of a lesson (unless the lesson is tiny, see MIN_PER_TYPE). */
export const MAX_TYPE_SHARE = 0.4;
/** Small lessons keep up to this many questions of a type whatever the share. */
export const MIN_PER_TYPE = 6;
/** Open answers take time to write and to read: a few per lesson. */
export const MAX_REWRITE = 3;

// The largest per-type cap c such that no capped type exceeds MAX_TYPE_SHARE of the capped total.
function typeCap(counts: number[]): number {
  for (let c = Math.max(0, ...counts); c > MIN_PER_TYPE; c--) {
    const total = counts.reduce((n, k) => n + Math.min(k, c), 0);
    if (c <= MAX_TYPE_SHARE * total) return c;
  }
  return MIN_PER_TYPE;
}

// Types with a few fixed answers stay balanced: a capped classify set still has facts, attributions and framing.
const answerGroup = (q: Question): string =>
  q.type === 'classify' || q.type === 'source-kind' || q.type === 'quote-type'
    ? q.correct.join(',')
    : '';

function balanced(
  questions: Question[],
  count: number,
  preferred: ReadonlySet<number>,
): Question[] {
  const groups = new Map<string, Question[]>();
  for (const q of questions) groups.set(answerGroup(q), [...(groups.get(answerGroup(q)) ?? []), q]);
  const quota = new Map([...groups.keys()].map((k) => [k, 0]));
  for (let left = Math.min(count, questions.length); left > 0;) {
    for (const [key, group] of groups) {
      if (left > 0 && quota.get(key)! < group.length) {
        quota.set(key, quota.get(key)! + 1);
        left--;
      }
    }
  }
  const kept = new Set(
    [...groups].flatMap(([key, group]) => pickByHash(group, quota.get(key)!, preferred)),
  );
  return questions.filter((q) => kept.has(q));
}

/**
 * Caps each type's share of the lesson, keeping picks balanced across answers and stable under edits; questions
 * about `preferred` sentences (those the teacher corrected) are kept first.
 */
export function capTypes(
  questions: readonly Question[],
  preferred: ReadonlySet<number> = new Set(),
): Question[] {
  const byType = new Map<QuestionType, Question[]>();
  for (const q of questions) byType.set(q.type, [...(byType.get(q.type) ?? []), q]);
  const rewrite = byType.get('rewrite');
  if (rewrite) byType.set('rewrite', pickByHash(rewrite, MAX_REWRITE, preferred));
  const cap = typeCap([...byType.values()].map((g) => g.length));
  const kept = new Set([...byType.values()].flatMap((group) => balanced(group, cap, preferred)));
  return questions.filter((q) => kept.has(q));
}
