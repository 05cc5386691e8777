// The one place the learned models turn weighted features into probabilities: the speaker confidence (a
// logistic), the speaker choice and the label model (a softmax), and their trainers in eval/ all read these,
// so a model scores at run time exactly as it was scored while it was fitted and held out.

/**
 * `start` plus the sum of weights[i] × features[i] over every weight (a missing feature counts 0). The start is
 * added first, as a bias is, so a model with a bias sums in the order it was fitted in.
 */
export function dot(weights: ArrayLike<number>, features: ArrayLike<number>, start = 0): number {
  let sum = start;
  for (let i = 0; i < weights.length; i++) sum += weights[i]! * (features[i] ?? 0);
  return sum;
}

/** The logistic of `z`: the probability a yes-or-no model gives for a weighted sum. */
export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** Probabilities of competing choices from their weighted sums (shifted by the largest, so no sum overflows). */
export function softmax(scores: readonly number[]): number[] {
  const top = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - top));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / sum);
}

/** The index of the most probable choice (ties go to the earlier index). */
export function argmax(p: readonly number[]): number {
  let best = 0;
  for (let k = 1; k < p.length; k++) if (p[k]! > p[best]!) best = k;
  return best;
}

/**
 * The index of the choice a model picks: its most probable one, unless that beats the rules' own choice `rule`
 * by no more than `margin`, when the rules' choice stands (ties go to the earlier index).
 */
export function pickOverRule(p: readonly number[], rule: number, margin: number): number {
  const best = argmax(p);
  return best !== rule && p[best]! - p[rule]! > margin ? best : rule;
}
