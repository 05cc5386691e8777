import type { Evidence, Label } from './types.ts';
import { weightOf } from './framing/index.ts';

/**
 * How often each basis of a label was right on the project's own gold (eval/gold/, 747 sentences of 23 articles,
 * `npm run eval`, "Confidence by basis", 2026-12-01): [sentences, right]. A basis is the label with what decided it
 * — the attribution cue that carried the sentence, the strongest framing cue, or whether a fact had near-cues.
 * Re-measure and update these counts when the rules change; the eval prints them.
 */
const MEASURED: Record<string, [number, number]> = {
  'fact:clean': [285, 267],
  'fact:near': [37, 32],
  'attributed:speech-quote': [225, 224],
  'attributed:named-source': [81, 77],
  'attributed:framed': [41, 40],
  'attributed:reporting-verb': [26, 25],
  'attributed:according-to': [15, 15],
  'attributed:reportedly': [3, 3],
  'framing:loaded': [10, 7],
  'framing:scaffolding': [9, 7],
  'framing:evaluative': [6, 4],
  'framing:speculation': [5, 2],
  'framing:generalisation': [3, 1],
  'framing:agentless-passive': [1, 1],
};

/** How sure each label is when its basis was never measured (or seldom): the label's accuracy on the gold. */
const LABEL_PRIOR: Record<Label, number> = { fact: 0.93, attributed: 0.98, framing: 0.65 };
// A basis seen n times counts as n sentences against PRIOR_WEIGHT sentences of the label's prior, so a basis seen
// four times cannot swing far from its label's accuracy.
const PRIOR_WEIGHT = 4;

/**
 * The basis of a label: the label and the cue that decided it. `nearCues` is whether the writer's own framing cues
 * were present (below the threshold for a fact; strong enough to frame for an attributed sentence).
 */
export function basisOf(label: Label, evidence: Evidence[], nearCues: boolean): string {
  if (label === 'fact') return nearCues ? 'fact:near' : 'fact:clean';
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
