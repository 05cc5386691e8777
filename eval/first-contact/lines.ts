import type { Label } from '../../server/analysis/index.ts';
import {
  calibratedConfidence,
  fromFirstContact,
  labelPrior,
  smoothedConfidence,
} from '../../server/analysis/calibration.ts';
import {
  formConfidence,
  speakerConfidenceFrom,
} from '../../server/analysis/quotes/speakers/confidence.ts';
import { calibrationLines, roundTableLines, type Judged } from '../calibration.ts';
import { pct } from '../format.ts';
import { summed, type RoundRecord } from './record.ts';
import { BLIND_RATED_BY } from './commits.ts';
import { SPEAKER_FEATURES } from '../../server/analysis/quotes/speakers/confidence-features.ts';
import { modelConfidence } from '../../server/analysis/quotes/speakers/confidence-model.ts';
import { beforeOf, modelJudged, othersOf } from './speaker-model.ts';
import type { SpeakerRowsFile } from './speaker-rows.ts';

type Counts = Map<string, [number, number]>;
type Rate = (basis: string, others: Counts) => number;

function labelOf(basis: string): Label {
  return basis.split(':')[0] as Label;
}

// Each count expanded into that many judged sentences, each at the confidence `rate` gives its basis.
function expand(
  record: Record<string, [number, number]>,
  round: number,
  rate: (basis: string) => number,
): Judged[] {
  return Object.entries(record).flatMap(([basis, [n, right]]) => {
    const confidence = rate(basis);
    return Array.from({ length: n }, (_, i) => ({ confidence, basis, correct: i < right, round }));
  });
}

/** A label's confidence by counts of other rounds, as calibration.ts rates it (framing keeps its gold counts). */
export const rateLabel: Rate = (basis, others) => {
  const label = labelOf(basis);
  // framing in an opinion piece is rated by its counts on the gold, which no round has (calibration.ts)
  if (!fromFirstContact(basis)) return calibratedConfidence(label, basis);
  const [n, right] = others.get(basis) ?? [0, 0];
  return smoothedConfidence(n, right, labelPrior(Object.fromEntries(others), label));
};

/** A speaker's confidence by counts of other rounds per form of its name, as confidence.ts rates it. */
export const rateSpeaker: Rate = (form, others) =>
  speakerConfidenceFrom(Object.fromEntries(others), form);

/** Each round rated by the counts of all other rounds: the first-contact estimate of the map. */
export function heldOutFirstContact(
  rounds: readonly RoundRecord[],
  what: 'labels' | 'speakerForms',
  rate: Rate,
): Judged[] {
  return rounds.flatMap((r) => {
    const others = summed(
      rounds.filter((o) => o.round !== r.round),
      what,
    );
    return expand(r[what], r.round, (basis) => rate(basis, others));
  });
}

/**
 * Each blind round rated only by the counts of the rounds recorded before it (`ratedBy`, commits.ts BLIND_RATED_BY):
 * the map as it could have stood when the round was measured, with today's bases. A round not in `ratedBy`, or one
 * whose earlier rounds are not all in the record, is left out.
 */
export function priorRoundsJudged(
  rounds: readonly RoundRecord[],
  what: 'labels' | 'speakerForms',
  rate: Rate,
  ratedBy: ReadonlyMap<number, readonly number[]> = BLIND_RATED_BY,
): Judged[] {
  const present = new Set(rounds.map((r) => r.round));
  return rounds.flatMap((r) => {
    const before = ratedBy.get(r.round);
    if (!before || !before.every((b) => present.has(b))) return [];
    const earlier = summed(
      rounds.filter((o) => before.includes(o.round)),
      what,
    );
    return expand(r[what], r.round, (basis) => rate(basis, earlier));
  });
}

function countLines(
  counts: Counts,
  title: string,
  confidence?: (basis: string) => number,
): string[] {
  return [
    '',
    title,
    ...[...counts]
      .sort((a, b) => b[1][0] - a[1][0])
      .map(([basis, [n, right]]) =>
        `  ${basis.padEnd(28)} ${String(n).padStart(4)} ${String(right).padStart(4)}  ${pct(right / n).padStart(6)}  ${confidence?.(basis).toFixed(2) ?? ''}`.trimEnd(),
      ),
  ];
}

/**
 * What `npm run eval` prints of the recorded first contact: the reliability of today's map on those sentences and
 * quotes (in sample: the map is drawn from them), the same with each round rated by the other rounds' counts (the
 * estimate of how the map fares on an article it has not seen), and the counts per basis to copy.
 */
export function firstContactLines(
  rounds: readonly RoundRecord[],
  speakerRows?: SpeakerRowsFile,
): string[] {
  if (rounds.length === 0) return [];
  const labels = heldOutFirstContact(rounds, 'labels', rateLabel);
  // the analyzer rates found speakers by the model (quotes/speakers/confidence-model.ts); without the replay's rows
  // of its features (or with rows of other features) the eval falls back to the count table by form
  const rows =
    speakerRows && speakerRows.features.join() === SPEAKER_FEATURES.join() ? speakerRows : null;
  const none = formConfidence('none');
  const speakers = rows
    ? modelJudged(rows, othersOf(rows), none)
    : heldOutFirstContact(rounds, 'speakerForms', rateSpeaker);
  const speakersBefore = rows
    ? modelJudged(rows, beforeOf, none)
    : priorRoundsJudged(rounds, 'speakerForms', rateSpeaker);
  const speakersStated: Judged[] = rows
    ? rows.rounds.flatMap((r) =>
        r.rows.map((row) => ({
          confidence: row.x.length ? modelConfidence(row.x) : none,
          basis: row.key,
          correct: row.right === 1,
          round: r.round,
        })),
      )
    : rounds.flatMap((r) => expand(r.speakerForms, r.round, (f) => formConfidence(f)));
  const by = rows ? 'a model fitted on the other rounds' : "the other rounds' counts";
  const stated = (what: 'labels' | 'speakerForms', rate: (b: string) => number) =>
    rounds.flatMap((r) => expand(r[what], r.round, rate));
  const span = `rounds ${rounds.map((r) => r.round).join(', ')}`;
  return [
    '',
    `First contact (eval/first-contact.json, ${span}: each round's analyzer before any fix drawn from it, bases as today's rules define them)`,
    ...calibrationLines(
      stated('labels', (b) => calibratedConfidence(labelOf(b), b)),
      'first-contact sentences',
      "Confidence calibration on first contact, with today's confidences (in sample: drawn from these counts)",
    ),
    ...calibrationLines(
      labels,
      'first-contact sentences',
      "Confidence calibration on first contact, each round's confidence from the other rounds' counts",
    ),
    ...roundTableLines(labels, '  … per round, each rated by the other rounds (sentences)'),
    ...roundTableLines(
      priorRoundsJudged(rounds, 'labels', rateLabel),
      '  … each blind round rated only by the rounds recorded before it (sentences)',
    ),
    ...calibrationLines(
      speakersStated,
      'first-contact speech quotes',
      "Speaker confidence on first contact, with today's confidences (in sample)",
    ),
    ...calibrationLines(
      speakers,
      'first-contact speech quotes',
      `Speaker confidence on first contact, each round's from ${by}`,
    ),
    ...roundTableLines(speakers, '  … per round, each rated by the other rounds (speech quotes)'),
    ...roundTableLines(
      speakersBefore,
      '  … each blind round rated only by the rounds recorded before it (speech quotes)',
    ),
    ...countLines(
      summed(rounds, 'labels'),
      'First-contact counts by basis (sentences, right, accuracy, confidence given)',
      (b) => calibratedConfidence(labelOf(b), b),
    ),
    ...countLines(
      summed(rounds, 'speakerForms'),
      "First-contact speaker counts by form of the speaker's name (speech quotes, right, accuracy, the table's confidence: the model's before the article is read, and a quote with no speaker's)",
      (f) => formConfidence(f),
    ),
    ...countLines(
      summed(rounds, 'speakers'),
      'First-contact speaker counts by how the speaker was found (speech quotes, right, accuracy; not used)',
    ),
  ];
}
