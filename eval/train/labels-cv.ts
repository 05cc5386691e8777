import { argmax, pickOverRule } from '../../server/analysis/scoring/index.ts';
import { fit, probabilities, type FitOptions, type Fitted } from './logistic.ts';
import { LABELS, type Row } from './labels-data.ts';

/** A row the model can score: a predicted sentence was matched to the gold one. */
type Scored = Row & { x: Float64Array };

const usable = (rows: readonly Row[]): Scored[] => rows.filter((r): r is Scored => r.x !== null);

/** Fits the model on rows (those without a matched sentence carry no features and are left out). */
export function fitRows(rows: readonly Row[], options: FitOptions): Fitted {
  const train = usable(rows);
  return fit(
    train.map((r) => r.x),
    train.map((r) => r.gold),
    LABELS.length,
    options,
  );
}

/**
 * The label the model gives: the rules' label unless the model prefers another by more than `margin` in
 * probability (margin ≥ 1 keeps the rules always; margin < 0 is the model alone).
 */
export function decide(p: readonly number[], rules: number, margin: number): number {
  // no rules' label to keep (or the model alone asked for): the model's own choice
  if (margin < 0 || rules < 0) return argmax(p);
  return pickOverRule(p, rules, margin);
}

/** Margins tried when choosing how surely the model must disagree before it overrides the rules. */
export const MARGINS: readonly number[] = [
  -1, 0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 2,
];

function groupsOf(rows: readonly Row[]): string[] {
  return [...new Set(rows.map((r) => r.group))];
}

/** Held-out probabilities of every row, each from a model fitted on the other groups. */
export function outOfFold(rows: readonly Row[], options: FitOptions): Map<Row, number[]> {
  const out = new Map<Row, number[]>();
  for (const g of groupsOf(rows)) {
    const model = fitRows(
      rows.filter((r) => r.group !== g),
      options,
    );
    for (const r of rows) if (r.group === g && r.x) out.set(r, probabilities(model, r.x));
  }
  return out;
}

/** Correct labels of rows under one margin, given held-out probabilities (rows without any are wrong). */
export function correctAt(
  rows: readonly Row[],
  probs: ReadonlyMap<Row, number[]>,
  margin: number,
  rulesOf: (r: Row) => number = (r) => r.rules,
): number {
  let right = 0;
  for (const r of rows) {
    const p = probs.get(r);
    if (!p) continue;
    if (decide(p, rulesOf(r), margin) === r.gold) right++;
  }
  return right;
}

/** The margin with most correct held-out labels (ties go to the larger margin: the rules win a draw). */
export function chooseMargin(rows: readonly Row[], probs: ReadonlyMap<Row, number[]>): number {
  let best = 2;
  let bestRight = correctAt(rows, probs, 2);
  for (const m of [...MARGINS].sort((a, b) => b - a)) {
    const right = correctAt(rows, probs, m);
    if (right > bestRight) [best, bestRight] = [m, right];
  }
  return best;
}
