import type { Label } from '../analysis/index.ts';
import { isLabel, LABELS } from '../quiz/labels.ts';
import type { Question } from '../quiz/types.ts';
import type { Answer } from '../store/types.ts';
import { percent } from './percent.ts';

export interface ConfusionRow {
  truth: Label;
  counts: Record<Label, number>;
  total: number;
  /** Row percentages, rounded; null when the row is empty. */
  percents: Record<Label, number | null>;
}

export interface ConfusionTable {
  rows: ConfusionRow[];
  total: number;
  /** The off-diagonal cell with the most answers: the distinction the class misses most. */
  worst: { truth: Label; answered: Label; count: number } | null;
}

function zero(): Record<Label, number> {
  return { fact: 0, attributed: 0, framing: 0 };
}

/** Counts the true label against the label students chose, over the classify questions of the given answers. */
export function confusionTable(questions: Question[], answers: Answer[]): ConfusionTable {
  const truthById = new Map<string, Label>();
  for (const q of questions) {
    if (q.type === 'classify') truthById.set(q.id, q.correct[0]);
  }
  const counts = { fact: zero(), attributed: zero(), framing: zero() };
  let total = 0;
  for (const a of answers) {
    const truth = truthById.get(a.questionId);
    const answered = a.response[0];
    if (!truth || !isLabel(answered)) continue;
    counts[truth][answered]++;
    total++;
  }
  let worst: ConfusionTable['worst'] = null;
  const rows = LABELS.map((truth) => {
    const row = counts[truth];
    const sum = LABELS.reduce((s, l) => s + row[l], 0);
    for (const answered of LABELS) {
      if (answered !== truth && row[answered] > 0 && row[answered] > (worst?.count ?? 0)) {
        worst = { truth, answered, count: row[answered] };
      }
    }
    const percents = {} as Record<Label, number | null>;
    for (const l of LABELS) percents[l] = percent(row[l], sum);
    return { truth, counts: row, total: sum, percents };
  });
  return { rows, total, worst };
}
