import type { Evidence, Label } from './types.ts';
import { weightOf } from './framing/index.ts';

/**
 * How often each basis of a label was right on the project's own gold (eval/gold/, 1196 sentences of 53 articles,
 * `npm run eval`, "Confidence by basis", 2026-12-02): [sentences, right]. A basis is the label with what decided it
 * — the attribution cue that carried the sentence, the strongest framing cue, or whether a fact had near-cues.
 * Re-measure and update these counts when the rules change; the eval prints them.
 */
const MEASURED: Record<string, [number, number]> = {
  'fact:clean': [358, 344],
  'attributed:speech-quote': [346, 343],
  'attributed:named-source': [116, 112],
  'fact:long': [106, 95],
  'fact:near': [68, 59],
  'attributed:reporting-verb': [60, 56],
  'attributed:framed': [56, 52],
  'attributed:according-to': [34, 34],
  'framing:evaluative': [11, 7],
  'framing:speculation': [11, 5],
  'attributed:reportedly': [9, 9],
  'framing:loaded': [9, 8],
  'framing:scaffolding': [8, 7],
  'framing:agentless-passive': [3, 3],
  'framing:generalisation': [1, 1],
};

/** How sure each label is when its basis was never measured (or seldom): the label's accuracy on the gold. */
const LABEL_PRIOR: Record<Label, number> = { fact: 0.94, attributed: 0.98, framing: 0.72 };
// A basis seen n times counts as n sentences against PRIOR_WEIGHT sentences of the label's prior, so a basis seen
// four times cannot swing far from its label's accuracy.
const PRIOR_WEIGHT = 4;

/** More words than this make a clean fact's basis `fact:long`. */
export const LONG_WORDS = 25;

/**
 * The basis of a label: the label and the cue that decided it. `nearCues` is whether the writer's own framing cues
 * were present (below the threshold for a fact; strong enough to frame for an attributed sentence); `words` is the
 * sentence's length in words.
 */
export function basisOf(label: Label, evidence: Evidence[], nearCues: boolean, words = 0): string {
  // a long sentence holds more clauses, each a chance for a side source or a judgement the rules miss
  if (label === 'fact')
    return nearCues ? 'fact:near' : words > LONG_WORDS ? 'fact:long' : 'fact:clean';
  if (label === 'attributed') {
    // "Officials said …, a seismic shift": a source, and the writer's own framing beside it
    if (nearCues) return 'attributed:framed';
    for (const cue of ['speech-quote', 'according-to', 'named-source', 'reporting-verb'] as const)
      if (evidence.some((e) => e.cue === cue)) return `attributed:${cue}`;
    return `attributed:${evidence[0]?.cue ?? 'none'}`;
  }
  let top: Evidence | undefined;
  for (const e of evidence) if (!top || weightOf(e) > weightOf(top)) top = e;
  return `framing:${top?.cue ?? 'none'}`;
}

/** The probability that a label with this basis is right, from the measured counts smoothed toward the label's. */
export function calibratedConfidence(label: Label, basis: string): number {
  const [n, right] = MEASURED[basis] ?? [0, 0];
  const p = (right + PRIOR_WEIGHT * LABEL_PRIOR[label]) / (n + PRIOR_WEIGHT);
  // never certain: a few hundred right answers say nothing of the next article's oddities
  return Math.min(0.99, Math.round(p * 100) / 100);
}
