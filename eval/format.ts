import { ratio } from './metrics.ts';
import type { Confusion, Scores } from './scores.ts';

/** A share as a percentage, "n/a" when undefined. */
export function pct(r: number | null): string {
  return r === null ? 'n/a' : `${(100 * r).toFixed(1)}%`;
}

/** "n/d (p%)". */
export function frac(n: number, d: number): string {
  return `${n}/${d} (${pct(ratio(n, d))})`;
}

/** Shortens long texts for one-line listings. */
export function truncate(text: string, max = 90): string {
  return text.length <= max ? text : text.slice(0, max - 1) + '…';
}

/** A confusion matrix as aligned rows, gold down the side and predicted across. */
export function confusionTable<L extends string>(
  m: Confusion<L>,
  rows: readonly L[],
  cols: readonly string[],
): string[] {
  const w = Math.max(...cols.map((c) => c.length), ...rows.map((r) => r.length), 6) + 2;
  const head = 'gold \\ predicted'.padEnd(18) + cols.map((c) => c.padStart(w)).join('');
  const body = rows.map(
    (r) =>
      r.padEnd(18) +
      cols.map((c) => String((m[r] as Record<string, number>)[c] ?? 0).padStart(w)).join(''),
  );
  return [head, ...body];
}

/** Per-class precision, recall and F1 lines, then macro-F1 and accuracy. */
export function scoreLines<L extends string>(s: Scores<L>, labels: readonly L[]): string[] {
  const f = (x: number | null) => (x === null ? ' n/a ' : x.toFixed(3));
  const lines = labels.map((c) => {
    const k = s.perClass[c];
    return `  ${c.padEnd(6)} P ${f(k.precision)}  R ${f(k.recall)}  F1 ${f(k.f1)}  (n=${k.support})`;
  });
  return [...lines, `  macro-F1 ${s.macroF1.toFixed(3)}   accuracy ${pct(s.accuracy)}`];
}
