import { dot, sigmoid } from '../../server/analysis/scoring/index.ts';

/**
 * Logistic regression by full-batch gradient descent with an L2 penalty: the small model that turns a speech quote's
 * features into the probability its speaker is right. Features are standardised while fitting (each to mean 0,
 * spread 1, so one step size suits them all and the penalty weighs them alike) and the fitted weights are turned
 * back to the raw scale, so the analyzer needs only a dot product.
 */
export interface Logistic {
  bias: number;
  weights: number[];
}

export interface FitOptions {
  /** The L2 penalty on the standardised weights, per example. */
  l2?: number;
  iterations?: number;
  rate?: number;
  /** A weight per example (default 1). */
  sampleWeights?: readonly number[];
}

export { sigmoid };

/** The model's probability for one example (unrounded; the analyzer's modelConfidence rounds it). */
export function predict(model: Logistic, x: readonly number[]): number {
  return sigmoid(dot(model.weights, x, model.bias));
}

export function fitLogistic(
  xs: readonly (readonly number[])[],
  ys: readonly number[],
  options: FitOptions = {},
): Logistic {
  const { l2 = 0.01, iterations = 2000, rate = 0.5 } = options;
  const n = xs.length;
  const d = xs[0]?.length ?? 0;
  if (n === 0) throw new Error('logistic: no examples to fit');
  const sw = options.sampleWeights ?? xs.map(() => 1);
  const total = sw.reduce((a, b) => a + b, 0);
  const mean = Array.from(
    { length: d },
    (_, j) => xs.reduce((s, x, i) => s + sw[i]! * x[j]!, 0) / total,
  );
  const scale = Array.from({ length: d }, (_, j) => {
    const v = xs.reduce((s, x, i) => s + sw[i]! * (x[j]! - mean[j]!) ** 2, 0) / total;
    return v > 1e-12 ? Math.sqrt(v) : 1;
  });
  const z = xs.map((x) => x.map((v, j) => (v - mean[j]!) / scale[j]!));
  const w = new Array<number>(d).fill(0);
  const yMean = ys.reduce((s, y, i) => s + sw[i]! * y, 0) / total;
  let b = Math.log(Math.max(1e-6, yMean) / Math.max(1e-6, 1 - yMean));
  // Adam: plain steps crawl along the flat directions a rare yes-or-no feature makes
  const m = new Array<number>(d + 1).fill(0);
  const v = new Array<number>(d + 1).fill(0);
  for (let t = 1; t <= iterations; t++) {
    const g = new Array<number>(d + 1).fill(0);
    for (let i = 0; i < n; i++) {
      let s = b;
      const zi = z[i]!;
      for (let j = 0; j < d; j++) s += w[j]! * zi[j]!;
      const err = (sigmoid(s) - ys[i]!) * sw[i]!;
      for (let j = 0; j < d; j++) g[j]! += err * zi[j]!;
      g[d]! += err;
    }
    for (let j = 0; j <= d; j++) {
      const grad = g[j]! / total + (j < d ? l2 * w[j]! : 0);
      m[j] = 0.9 * m[j]! + 0.1 * grad;
      v[j] = 0.999 * v[j]! + 0.001 * grad * grad;
      const step =
        (rate * 0.1 * (m[j]! / (1 - 0.9 ** t))) / (Math.sqrt(v[j]! / (1 - 0.999 ** t)) + 1e-8);
      if (j < d) w[j]! -= step;
      else b -= step;
    }
  }
  // back to the raw scale: w·(x − mean)/scale + b = (w/scale)·x + (b − Σ w·mean/scale)
  const weights = w.map((wj, j) => wj / scale[j]!);
  const bias = b - w.reduce((s, wj, j) => s + (wj * mean[j]!) / scale[j]!, 0);
  return { bias, weights };
}
