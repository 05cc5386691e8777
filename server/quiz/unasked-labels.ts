import type { Label } from '../analysis/index.ts';
import { LABELS } from './labels.ts';
import type { Question } from './types.ts';

/**
 * The labels no "fact, attributed or framing?" question of the set has as its answer, so the teacher can confirm a
 * sentence to teach one; none when the set has no such question (the teacher left the kind out).
 */
export function unaskedLabels(questions: readonly Question[]): Label[] {
  const asked = new Set<Label>();
  for (const q of questions) if (q.type === 'classify') asked.add(q.correct[0]);
  return asked.size === 0 ? [] : LABELS.filter((label) => !asked.has(label));
}
