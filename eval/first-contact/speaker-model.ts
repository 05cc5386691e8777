import { modelConfidence } from '../../server/analysis/quotes/speakers/confidence-model.ts';
import type { Judged } from '../calibration.ts';
import { BLIND_RATED_BY } from './commits.ts';
import { fitLogistic, type FitOptions, type Logistic } from './logistic.ts';
import type { SpeakerRowsFile } from './speaker-rows.ts';

/**
 * The fit of the speaker-confidence model: the L2 penalty on standardised weights. Leaving each round out, 0.001,
 * 0.01 and 0.05 rank the held-out quotes alike (AUC 0.90); 0.01 gave the lowest calibration error.
 */
export const SPEAKER_FIT: FitOptions = { l2: 0.01, iterations: 2000 };

/** Fits the model on every found speaker of the given rounds (a quote with no speaker is rated by its count). */
export function fitRounds(
  file: SpeakerRowsFile,
  rounds: readonly number[],
  options: FitOptions = SPEAKER_FIT,
): Logistic {
  const found = file.rounds
    .filter((r) => rounds.includes(r.round))
    .flatMap((r) => r.rows)
    .filter((r) => r.x.length > 0);
  return fitLogistic(
    found.map((r) => r.x),
    found.map((r) => r.right),
    options,
  );
}

/**
 * Each round's speech quotes rated by a model fitted on the rounds `ratedBy(round)` names: every other round (leave
 * one round out), or the rounds recorded before a blind round (BLIND_RATED_BY); a round it names none for is left
 * out. A quote with no speaker gets `none`, the count table's confidence for it (never right so far).
 */
export function modelJudged(
  file: SpeakerRowsFile,
  ratedBy: (round: number) => readonly number[] | undefined,
  none: number,
  options: FitOptions = SPEAKER_FIT,
): Judged[] {
  return file.rounds.flatMap((r) => {
    const by = ratedBy(r.round);
    if (!by) return [];
    const model = fitRounds(file, by, options);
    return r.rows.map((row) => ({
      confidence: row.x.length === 0 ? none : modelConfidence(row.x, model),
      basis: row.key,
      correct: row.right === 1,
      round: r.round,
    }));
  });
}

/** Leave one round out: every round rated by a model of all the others. */
export const othersOf =
  (file: SpeakerRowsFile) =>
  (round: number): number[] =>
    file.rounds.map((r) => r.round).filter((o) => o !== round);

/** Each blind round rated by the rounds recorded before it (BLIND_RATED_BY); others left out. */
export const beforeOf = (round: number): readonly number[] | undefined => BLIND_RATED_BY.get(round);
