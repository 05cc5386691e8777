/**
 * One label per sentence, decided in this order (docs/labels.md):
 * 1. attributed — the attribution module says the main claim rests on a source. Framing words outside the quote
 *    don't override it; they only lower the confidence.
 * 2. framing — the writer's own cues outside any quote are strong enough: combined strength 1 − Π(1 − w) ≥ 0.5,
 *    so one strong cue (scaffolding, loaded word, speculation) decides, a lone intensifier or scare quote does not.
 *    A sentence that gives figures is anchored in checkable detail and needs 0.75: a forecast or a mild
 *    evaluation beside a number ("could reach 4% of output") reports a projection.
 *    Evidence: the cues; weak ones (valenced nouns and verbs) only when the others alone would not decide.
 * 3. fact — otherwise. Evidence is empty: nothing in the sentence departs from neutral report.
 * Confidence grows with cue strength for attributed and framing, and falls with weak near-cues for fact.
 */
import { asReported, isWeak, strength } from './framing/index.ts';
import type { Attribution, Evidence, Label, Segment } from './types.ts';

export interface Classification {
  label: Label;
  confidence: number;
  evidence: Evidence[];
}

/** The minimum combined strength of framing cues that makes a sentence framing. */
export const FRAMING_THRESHOLD = 0.5;

/** The threshold for a sentence that gives a figure (a digit): one loaded word still decides, a hedge does not. */
export const ANCHORED_THRESHOLD = 0.75;

const round = (x: number): number => Math.round(x * 100) / 100;

/** One label per sentence by the documented rule order, with a confidence in 0..1 and the deciding spans. */
export function classifySentence(
  segment: Segment,
  attribution: Attribution,
  found: Evidence[],
): Classification {
  // A headline or caption tells a past event in the present tense, so its tense says nothing about the writer.
  const framing = segment.kind === 'body' ? found : found.map(asReported);
  const framed = strength(framing);
  if (attribution.attributed) {
    const sourced = attribution.cues.length > 0 ? strength(attribution.cues) : 0.6;
    return {
      label: 'attributed',
      confidence: round(0.5 + 0.45 * sourced * (1 - framed / 2)),
      evidence: attribution.cues,
    };
  }
  const threshold = /\d/.test(segment.text) ? ANCHORED_THRESHOLD : FRAMING_THRESHOLD;
  if (framed >= threshold) {
    // Show students the deciding words: weak cues only when the strong ones alone would not have decided.
    const strong = framing.filter((e) => !isWeak(e));
    const evidence = strength(strong) >= FRAMING_THRESHOLD ? strong : framing;
    return {
      label: 'framing',
      confidence: round(0.5 + 0.9 * (framed - FRAMING_THRESHOLD)),
      evidence,
    };
  }
  // A headline or caption compresses its claim, so a clean one is less surely neutral than a clean body sentence.
  const base = segment.kind === 'body' ? 0.9 : 0.8;
  // Scaled by the threshold that applied, so a near-miss costs the same confidence with or without figures.
  const near = (framed * FRAMING_THRESHOLD) / threshold;
  return { label: 'fact', confidence: round(base - 0.6 * near), evidence: [] };
}
