import { LABEL_FEATURES } from '../../server/analysis/index.ts';
import { chooseMargin, correctAt, fitRows, outOfFold } from './labels-cv.ts';
import { probabilities } from './logistic.ts';
import { DEFAULT_FIT, type FitOptions } from './logistic.ts';
import type { Row } from './labels-data.ts';
import type { TrainArgs } from './labels-args.ts';

/** Features that carry the rules' own decision (of the sentence or its neighbours). */
const RULES_FEATURES = [
  'rules:attributed',
  'rules:framing',
  'prev:attributed',
  'prev:framing',
  'next:attributed',
];

export const WITH_RULES: FitOptions = DEFAULT_FIT;
export const WITHOUT_RULES: FitOptions = {
  ...DEFAULT_FIT,
  drop: new Set(RULES_FEATURES.map((n) => LABEL_FEATURES.findIndex((f) => f.name === n))),
};

export interface FoldResult {
  group: string;
  n: number;
  rules: number;
  /** The model alone (argmax), fitted without and with the rules' decision. */
  bare: number;
  full: number;
  /** The rules, overridden by the model (with the rules' decision) beyond a margin chosen on the other groups. */
  override: number;
  margin: number;
}

const pct = (a: number, n: number) => `${a}/${n} (${((100 * a) / Math.max(1, n)).toFixed(1)}%)`;

/** Leave-one-group-out: each group scored by models fitted on the others; the margin chosen inside them. */
export function crossValidate(rows: readonly Row[]): FoldResult[] {
  const groups = [...new Set(rows.map((r) => r.group))];
  return groups.map((g) => {
    const held = rows.filter((r) => r.group === g);
    const rest = rows.filter((r) => r.group !== g);
    const bare = fitRows(rest, WITHOUT_RULES);
    const full = fitRows(rest, WITH_RULES);
    const margin = chooseMargin(rest, outOfFold(rest, WITH_RULES));
    const probsBare = new Map(held.flatMap((r) => (r.x ? [[r, probabilities(bare, r.x)]] : [])));
    const probsFull = new Map(held.flatMap((r) => (r.x ? [[r, probabilities(full, r.x)]] : [])));
    const result: FoldResult = {
      group: g,
      n: held.length,
      rules: held.filter((r) => r.rules === r.gold).length,
      bare: correctAt(held, probsBare, -1),
      full: correctAt(held, probsFull, -1),
      override: correctAt(held, probsFull, margin),
      margin,
    };
    console.log(
      `  ${g.padEnd(10)} n ${String(result.n).padStart(4)}  rules ${pct(result.rules, result.n).padEnd(17)} ` +
        `model-bare ${pct(result.bare, result.n).padEnd(17)} model+rules ${pct(result.full, result.n).padEnd(17)} ` +
        `override ${pct(result.override, result.n)} (margin ${margin})`,
    );
    return result;
  });
}

/** Prints the leave-one-round-out table and its totals. */
export async function reportCv(rows: readonly Row[], _args: TrainArgs): Promise<FoldResult[]> {
  console.log('Leave one round out (each row scored by a model fitted on every other row group):');
  const folds = crossValidate(rows);
  const sum = (f: (r: FoldResult) => number) => folds.reduce((a, r) => a + f(r), 0);
  const n = sum((r) => r.n);
  console.log(
    `  total      n ${n}  rules ${pct(
      sum((r) => r.rules),
      n,
    )}  model-bare ${pct(
      sum((r) => r.bare),
      n,
    )}  ` +
      `model+rules ${pct(
        sum((r) => r.full),
        n,
      )}  override ${pct(
        sum((r) => r.override),
        n,
      )}`,
  );
  const wins = folds.filter((r) => r.override > r.rules).length;
  const losses = folds.filter((r) => r.override < r.rules).length;
  console.log(
    `  override beats the rules in ${wins} groups, loses in ${losses}, of ${folds.length}`,
  );
  return folds;
}
