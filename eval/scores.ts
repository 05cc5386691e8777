export interface ClassScore {
  precision: number | null;
  recall: number | null;
  f1: number | null;
  support: number;
}

export interface Scores<L extends string> {
  perClass: Record<L, ClassScore>;
  /** Mean F1 over classes; a class with no F1 (never seen nor predicted) counts as 0. */
  macroF1: number;
  accuracy: number | null;
}

export type Confusion<L extends string> = Record<L, Record<L, number>>;

/** Rows are gold labels, columns predicted labels. */
export function confusionMatrix<L extends string>(
  pairs: readonly (readonly [L, L])[],
  labels: readonly L[],
): Confusion<L> {
  const m = {} as Confusion<L>;
  for (const g of labels) {
    m[g] = {} as Record<L, number>;
    for (const p of labels) m[g][p] = 0;
  }
  for (const [g, p] of pairs) if (m[g] && p in m[g]) m[g][p]++;
  return m;
}

/** Per-class precision, recall and F1, macro-F1 and accuracy of predicted against gold labels. */
export function classScores<L extends string>(
  pairs: readonly (readonly [L, L])[],
  labels: readonly L[],
): Scores<L> {
  const perClass = {} as Record<L, ClassScore>;
  let f1Sum = 0;
  for (const c of labels) {
    const tp = pairs.filter(([g, p]) => g === c && p === c).length;
    const predicted = pairs.filter(([, p]) => p === c).length;
    const support = pairs.filter(([g]) => g === c).length;
    const precision = predicted ? tp / predicted : null;
    const recall = support ? tp / support : null;
    // 2TP / (predicted + gold) equals the harmonic mean of P and R, and is 0 when one of them is undefined.
    const f1 = predicted + support ? (2 * tp) / (predicted + support) : null;
    perClass[c] = { precision, recall, f1, support };
    f1Sum += f1 ?? 0;
  }
  const correct = pairs.filter(([g, p]) => g === p).length;
  return {
    perClass,
    macroF1: labels.length ? f1Sum / labels.length : 0,
    accuracy: pairs.length ? correct / pairs.length : null,
  };
}
