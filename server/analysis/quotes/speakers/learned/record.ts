import type { Segment } from '../../../types.ts';
import type { QuoteCandidates } from './candidates.ts';

/** Receives every article's speaker candidates: set only by the training harness (eval/train/), never at run time. */
export type CandidateRecorder = (segments: readonly Segment[], quotes: QuoteCandidates[]) => void;

let recorder: CandidateRecorder | null = null;

/** Sets (or with null clears) the one recorder; the analyzer then builds candidates for every article it reads. */
export function recordSpeakerCandidates(next: CandidateRecorder | null): void {
  recorder = next;
}

/** The recorder set, if any. */
export function candidateRecorder(): CandidateRecorder | null {
  return recorder;
}
