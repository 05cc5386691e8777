import { dot, pickOverRule, softmax } from '../../server/analysis/scoring/index.ts';
import type { Example } from './speakers-examples.ts';

/** Options of the fit: passes over the data, step size, L2 penalty per weight, features held at zero. */
export interface FitOptions {
  iterations: number;
  rate: number;
  l2: number;
  /** Indices of features the model may not use (kept at weight 0). */
  without?: ReadonlySet<number>;
}

/** Softmax probabilities of each candidate's weighted feature sum. */
export function probabilities(w: Float64Array, features: readonly Float64Array[]): number[] {
  return softmax(features.map((f) => dot(w, f)));
}

/**
 * Conditional logit (a softmax over each quotation's candidates) fitted by full-batch gradient descent on the mean
 * negative log-likelihood of the gold speaker, plus an L2 penalty. Quotations whose gold speaker is not among the
 * candidates teach nothing and are left out.
 */
export function fitSpeakerModel(
  examples: readonly Example[],
  size: number,
  options: FitOptions,
): Float64Array {
  const usable = examples.filter((e) => e.features && e.positive!.some(Boolean));
  // each candidate's non-zero features as index and value lists: most of a candidate's features are 0
  const sparse = usable.map((e) =>
    e.features!.map((f) => {
      const at: number[] = [];
      const val: number[] = [];
      f.forEach((x, j) => x !== 0 && (at.push(j), val.push(x)));
      return { at, val };
    }),
  );
  const w = new Float64Array(size);
  const grad = new Float64Array(size);
  const score = new Float64Array(Math.max(1, ...usable.map((e) => e.features!.length)));
  for (let it = 0; it < options.iterations; it++) {
    grad.fill(0);
    usable.forEach((e, i) => {
      const cands = sparse[i]!;
      let top = -Infinity;
      cands.forEach((c, k) => {
        let s = 0;
        for (let m = 0; m < c.at.length; m++) s += w[c.at[m]!]! * c.val[m]!;
        score[k] = s;
        if (s > top) top = s;
      });
      let z = 0;
      let pos = 0;
      for (let k = 0; k < cands.length; k++) {
        score[k] = Math.exp(score[k]! - top);
        z += score[k]!;
        if (e.positive![k]) pos += score[k]!;
      }
      // d(-log Σ_pos p)/d score_k = p_k - [k positive] p_k / Σ_pos p
      cands.forEach((c, k) => {
        const g = score[k]! / z - (e.positive![k] ? score[k]! / pos : 0);
        for (let m = 0; m < c.at.length; m++) grad[c.at[m]!]! += g * c.val[m]!;
      });
    });
    for (let j = 0; j < size; j++) {
      if (options.without?.has(j)) continue;
      w[j]! -= options.rate * (grad[j]! / usable.length + options.l2 * w[j]!);
    }
  }
  return w;
}

/** The candidate the model picks, overriding the rules' own only when it beats it by more than `margin`. */
export function choose(w: Float64Array, e: Example, margin: number): { pick: number; p: number } {
  const p = probabilities(w, e.features!);
  const pick = pickOverRule(p, e.rule!, margin);
  return { pick, p: p[pick]! };
}
