import type { Evidence, Label } from './types.ts';
import { weightOf } from './framing/index.ts';

/**
 * How often each basis of a label was right on the project's own gold (eval/gold/, 1196 sentences of 53 articles,
 * `npm run eval`, "Confidence by basis", 2026-12-02): [sentences, right]. A basis is the label with what decided it
 * — the attribution cue that carried the sentence, the strongest framing cue, or whether a fact had near-cues.
 * Re-measure and update these counts when the rules change; the eval prints them.
 */
const MEASURED: Record<string, [number, number]> = {
  'attributed:speech-quote': [337, 336],
  'fact:clean': [263, 260],
  'fact:source-words': [156, 135],
  'attributed:named-source': [95, 94],
  'fact:long': [61, 59],
  'attributed:inside': [54, 47],
  'fact:near': [53, 50],
  'attributed:reporting-verb': [51, 49],
  'attributed:framed': [45, 45],
  'attributed:according-to': [27, 27],
  'attributed:fragment': [9, 7],
  'framing:evaluative': [9, 7],
  'framing:loaded': [9, 8],
  'attributed:reportedly': [8, 8],
  'framing:scaffolding': [8, 7],
  'framing:speculation': [7, 5],
  'framing:agentless-passive': [3, 3],
  'framing:generalisation': [1, 1],
};

/** Each label's accuracy on the gold (the share of sentences given the label that were right). */
const LABEL_ACCURACY: Record<Label, number> = { fact: 0.95, attributed: 0.98, framing: 0.84 };

/**
 * Label accuracy on first contact over pool rounds 1–8 (773 of 875 sentences, `npm run eval`, "Pool rounds"): what
 * an article nobody tuned the rules on showed. A basis seldom seen is worth no more than this, nor more than its
 * label's accuracy.
 */
export const FRESH_ACCURACY = 0.88;

// A basis seen n times counts as n sentences against PRIOR_WEIGHT sentences at its label's prior, so a basis seen
// four times cannot swing far from it.
const PRIOR_WEIGHT = 4;

/** More words than this make a clean fact's basis `fact:long`. */
export const LONG_WORDS = 25;

/** What besides its evidence tells how sure a label is. */
export interface BasisHints {
  /** The writer's own framing cues were present: below the threshold for a fact, strong enough to frame beside a source. */
  nearCues?: boolean;
  /** The sentence's length in words and in characters. */
  words?: number;
  length?: number;
  /** A fact holds words that often report (sources/source-words.ts). */
  sourceWords?: boolean;
  /** An attributed sentence's first report cue comes after another verb (sources/up-front.ts). */
  inside?: boolean;
}

/** The basis of a label: the label and the cue that decided it, with the hints that tell a surer case from a less sure one. */
export function basisOf(label: Label, evidence: Evidence[], hints: BasisHints = {}): string {
  if (label === 'fact') {
    // "Boeing referred to the plane as …", "the site listed no results": a report the rules did not see may hide
    if (hints.sourceWords) return 'fact:source-words';
    // a long sentence holds more clauses, each a chance for a side source or a judgement the rules miss
    if (hints.nearCues) return 'fact:near';
    return (hints.words ?? 0) > LONG_WORDS ? 'fact:long' : 'fact:clean';
  }
  if (label === 'attributed') {
    const speech = evidence.filter((e) => e.cue === 'speech-quote');
    // "… asked the judge to delay", "PKK is …, according to Turkey, …": a report after another verb may be a side detail
    if (hints.inside && speech.length === 0) return 'attributed:inside';
    // "Officials said …, a seismic shift": a source, and the writer's own framing beside it
    if (hints.nearCues) return 'attributed:framed';
    // "Germany bans the airline, citing 'security'": a few quoted words and no other report cue may be a term
    const quoted = speech.reduce((sum, e) => sum + e.end - e.start, 0);
    const alone = !evidence.some((e) => e.cue !== 'speech-quote' && e.cue !== 'anonymous-source');
    if (speech.length > 0 && alone && quoted < 0.5 * (hints.length ?? 0))
      return 'attributed:fragment';
    for (const cue of ['speech-quote', 'according-to', 'named-source', 'reporting-verb'] as const)
      if (evidence.some((e) => e.cue === cue)) return `attributed:${cue}`;
    return `attributed:${evidence[0]?.cue ?? 'none'}`;
  }
  let top: Evidence | undefined;
  for (const e of evidence) if (!top || weightOf(e) > weightOf(top)) top = e;
  return `framing:${top?.cue ?? 'none'}`;
}

/**
 * A basis's confidence from its counts: `right` of `n` sentences, smoothed toward the label's `prior` as if
 * PRIOR_WEIGHT more sentences of the label had been seen, rounded to two places and at most 0.99. The eval uses
 * the same function to measure calibration with each round's counts left out.
 */
export function smoothedConfidence(n: number, right: number, prior: number): number {
  const p = (right + PRIOR_WEIGHT * prior) / (n + PRIOR_WEIGHT);
  // never certain: a few hundred right answers say nothing of the next article's oddities
  return Math.min(0.99, Math.round(p * 100) / 100);
}

/** The probability that a label with this basis is right, from the measured counts smoothed toward the label's prior. */
export function calibratedConfidence(label: Label, basis: string): number {
  const [n, right] = MEASURED[basis] ?? [0, 0];
  return smoothedConfidence(n, right, Math.min(LABEL_ACCURACY[label], FRESH_ACCURACY));
}
