import type { Judged } from '../calibration.ts';
import { BLIND_RATED_BY } from './commits.ts';
import { fitLogistic, predict, type FitOptions, type Logistic } from './logistic.ts';
import type { SpeakerRowsFile } from './speaker-rows.ts';

/** The model's probability as a confidence: two places, never certain (as the count tables give). */
export function asConfidence(p: number): number {
  return Math.min(0.99, Math.round(p * 100) / 100);
}

/** Fits the model on every found speaker of the given rounds (a quote with no speaker is rated by its count). */
export function fitRounds(
  file: SpeakerRowsFile,
  rounds: readonly number[],
  options: FitOptions = {},
  columns?: readonly number[],
): Logistic {
  const rows = file.rounds.filter((r) => rounds.includes(r.round)).flatMap((r) => r.rows);
  const found = rows.filter((r) => r.x.length > 0);
  const pick = (x: readonly number[]) => (columns ? columns.map((c) => x[c]!) : [...x]);
  return fitLogistic(
    found.map((r) => pick(r.x)),
    found.map((r) => r.right),
    options,
  );
}

/**
 * Each round's speech quotes rated by a model fitted on `ratedBy(round)` rounds only: leave one round out (every
 * other round), or the rounds recorded before a blind round (BLIND_RATED_BY). A quote with no speaker gets the
 * share right of such quotes in those rounds (none so far).
 */
export function modelJudged(
  file: SpeakerRowsFile,
  ratedBy: (round: number) => readonly number[] | undefined,
  options: FitOptions = {},
  columns?: readonly number[],
): Judged[] {
  return file.rounds.flatMap((r) => {
    const by = ratedBy(r.round);
    if (!by) return [];
    const model = fitRounds(file, by, options, columns);
    const others = file.rounds.filter((o) => by.includes(o.round)).flatMap((o) => o.rows);
    const none = others.filter((o) => o.x.length === 0);
    const noneShare = (none.filter((o) => o.right).length + 0.8) / (none.length + 1);
    return r.rows.map((row) => ({
      confidence:
        row.x.length === 0
          ? asConfidence(noneShare)
          : asConfidence(predict(model, columns ? columns.map((c) => row.x[c]!) : row.x)),
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
