import { dot, softmax } from '../../../scoring/index.ts';
import { FEATURES } from './features.ts';
import type { Candidate } from './candidates.ts';

/** Fitted weights of the speaker choice: one per feature, and the margin by which the model must beat the rules. */
export interface SpeakerModel {
  weights: Float64Array;
  /** The model overrides the rules' answer only when its choice's probability exceeds the rules' by this much. */
  margin: number;
}

/**
 * Reads weights written by `npm run train:speakers`: `features` maps every feature name to a finite number (no name
 * missing, none unknown), `margin` is a number from 0 to 1. Throws naming the bad field otherwise.
 */
export function parseSpeakerModel(raw: unknown): SpeakerModel {
  const fail = (why: string): never => {
    throw new Error(`speakers/learned: weights ${why}`);
  };
  if (typeof raw !== 'object' || raw === null) return fail(`are not an object: ${String(raw)}`);
  const { features, margin } = raw as { features?: unknown; margin?: unknown };
  if (typeof margin !== 'number' || !(margin >= 0 && margin <= 1))
    fail(`margin ${String(margin)} is not a number from 0 to 1`);
  if (typeof features !== 'object' || features === null) return fail('have no "features" object');
  const table = features as Record<string, unknown>;
  for (const name of Object.keys(table))
    if (!(FEATURES as readonly string[]).includes(name)) fail(`name an unknown feature "${name}"`);
  const weights = new Float64Array(FEATURES.length);
  FEATURES.forEach((name, i) => {
    const w = table[name];
    if (typeof w !== 'number' || !Number.isFinite(w))
      fail(`give feature "${name}" no finite number (${String(w)})`);
    weights[i] = w as number;
  });
  return { weights, margin: margin as number };
}

/** The probability of each candidate under the model: a softmax over their weighted feature sums. */
export function candidateProbabilities(
  weights: Float64Array,
  candidates: readonly Candidate[],
): number[] {
  return softmax(candidates.map((c) => dot(weights, c.features)));
}
