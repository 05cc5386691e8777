import { dot, softmax } from '../../server/analysis/scoring/index.ts';

/**
 * Multinomial logistic regression by full-batch gradient descent with momentum, our own small code (no ML
 * dependency). Features are standardised on the training rows; the fitted weights are folded back to raw feature
 * space, so the analyzer scores a sentence with one dot product per label.
 */
export interface Fitted {
  /** weights[k][j]: label k, feature j, on raw (unstandardised) features; feature 0 is the bias. */
  weights: number[][];
}

export interface FitOptions {
  /** L2 penalty on every weight but the bias. */
  lambda: number;
  iterations: number;
  rate: number;
  /** Weight of each class's rows in the loss (1 = as counted). */
  classWeight: readonly number[];
  /** Features left out (their weights stay 0). */
  drop?: ReadonlySet<number>;
}

export const DEFAULT_FIT: FitOptions = {
  lambda: 0.01,
  iterations: 300,
  rate: 0.5,
  classWeight: [1, 1, 1],
};

/** Label probabilities of one row: softmax of the dot products. */
export function probabilities(fitted: Fitted, x: ArrayLike<number>): number[] {
  return softmax(fitted.weights.map((w) => dot(w, x)));
}

/** Fits weights to rows `xs` (feature 0 must be the constant 1) and labels `ys` in 0..classes-1. */
export function fit(
  xs: readonly ArrayLike<number>[],
  ys: readonly number[],
  classes: number,
  options: FitOptions = DEFAULT_FIT,
): Fitted {
  const n = xs.length;
  const d = xs[0]?.length ?? 0;
  if (n === 0 || d === 0) throw new Error('train: no rows to fit');
  const mean = new Float64Array(d);
  const sd = new Float64Array(d).fill(1);
  for (let j = 1; j < d; j++) {
    let m = 0;
    for (const x of xs) m += x[j] ?? 0;
    m /= n;
    let v = 0;
    for (const x of xs) v += ((x[j] ?? 0) - m) ** 2;
    mean[j] = m;
    sd[j] = Math.sqrt(v / n);
  }
  const live = (j: number) => j === 0 || (sd[j]! > 1e-9 && !options.drop?.has(j));
  const z = new Float64Array(n * d);
  xs.forEach((x, i) => {
    for (let j = 0; j < d; j++)
      z[i * d + j] = live(j) ? (j === 0 ? 1 : ((x[j] ?? 0) - mean[j]!) / sd[j]!) : 0;
  });
  const rowWeight = ys.map((y) => options.classWeight[y] ?? 1);
  const total = rowWeight.reduce((a, b) => a + b, 0);
  const w = new Float64Array(classes * d);
  const velocity = new Float64Array(classes * d);
  const grad = new Float64Array(classes * d);
  const p = new Float64Array(classes);
  for (let it = 0; it < options.iterations; it++) {
    grad.fill(0);
    for (let i = 0; i < n; i++) {
      let top = -Infinity;
      for (let k = 0; k < classes; k++) {
        let s = 0;
        for (let j = 0; j < d; j++) s += w[k * d + j]! * z[i * d + j]!;
        p[k] = s;
        if (s > top) top = s;
      }
      let sum = 0;
      for (let k = 0; k < classes; k++) sum += p[k] = Math.exp(p[k]! - top);
      const rw = rowWeight[i]! / total;
      for (let k = 0; k < classes; k++) {
        const g = (p[k]! / sum - (ys[i] === k ? 1 : 0)) * rw;
        if (g === 0) continue;
        for (let j = 0; j < d; j++) grad[k * d + j]! += g * z[i * d + j]!;
      }
    }
    for (let k = 0; k < classes; k++)
      for (let j = 1; j < d; j++) grad[k * d + j]! += options.lambda * w[k * d + j]!;
    for (let q = 0; q < w.length; q++) {
      velocity[q] = 0.9 * velocity[q]! - options.rate * grad[q]!;
      w[q]! += velocity[q]!;
    }
  }
  // fold the standardisation back: w·(x − m)/s = Σ (w/s)·x − Σ w·m/s
  const weights: number[][] = [];
  for (let k = 0; k < classes; k++) {
    const row = new Array<number>(d).fill(0);
    let bias = w[k * d]!;
    for (let j = 1; j < d; j++) {
      if (!live(j)) continue;
      row[j] = w[k * d + j]! / sd[j]!;
      bias -= (w[k * d + j]! * mean[j]!) / sd[j]!;
    }
    row[0] = bias;
    weights.push(row);
  }
  return { weights };
}
