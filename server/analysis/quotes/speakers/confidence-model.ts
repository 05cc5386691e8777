import { dot, sigmoid } from '../../scoring/index.ts';
import { SPEAKER_FEATURES } from './confidence-features.ts';
import { SPEAKER_CONFIDENCE_WEIGHTS } from './confidence-weights.ts';

/** A fitted speaker-confidence model: a bias and one weight per feature, in SPEAKER_FEATURES order. */
export interface SpeakerModel {
  bias: number;
  weights: readonly number[];
}

/**
 * Reads fitted weights (confidence-weights.ts, written by `npm run train:speaker-confidence`): an object with a
 * finite `bias` and a finite weight for every feature of SPEAKER_FEATURES by name, nothing else. Anything else is
 * refused with an error naming the module and the bad value, so a stale or hand-broken file never rates a speaker.
 */
export function parseSpeakerWeights(raw: unknown): SpeakerModel {
  const bad = (why: string) => new Error(`speakers/confidence: weights ${why}`);
  if (typeof raw !== 'object' || raw === null) throw bad(`missing: got ${String(raw)}`);
  const { bias, weights } = raw as { bias?: unknown; weights?: unknown };
  if (typeof bias !== 'number' || !Number.isFinite(bias))
    throw bad(`bias is not a number: ${String(bias)}`);
  if (typeof weights !== 'object' || weights === null) throw bad('have no "weights" object');
  const named = weights as Record<string, unknown>;
  for (const name of Object.keys(named))
    if (!(SPEAKER_FEATURES as readonly string[]).includes(name))
      throw bad(`name an unknown feature "${name}"`);
  return {
    bias,
    weights: SPEAKER_FEATURES.map((name) => {
      const w = named[name];
      if (typeof w !== 'number' || !Number.isFinite(w))
        throw bad(`lack a number for feature "${name}": ${String(w)}`);
      return w;
    }),
  };
}

const MODEL = parseSpeakerWeights(SPEAKER_CONFIDENCE_WEIGHTS);

/**
 * The probability a found speaker is right, from its features (confidence-features.ts): a dot product and a
 * logistic, as a confidence: two places, at most 0.99 (as the count tables give it: a few hundred right answers say
 * nothing of the next article's oddities).
 */
export function modelConfidence(features: readonly number[], model: SpeakerModel = MODEL): number {
  const p = sigmoid(dot(model.weights, features, model.bias));
  return Math.min(0.99, Math.round(p * 100) / 100);
}
