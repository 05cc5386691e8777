import { MIN_CONFIDENCE } from '../server/quiz/confidence.ts';
import { LABEL_PRIOR, smoothedConfidence } from '../server/analysis/calibration.ts';
import { pct } from './format.ts';

/** One sentence's stated confidence and whether its label matched the gold. */
export interface Judged {
  confidence: number;
  /** For a label: the confidence the quiz goes by (quizConfidence), where it differs from `confidence`. */
  quizConfidence?: number;
  /** What decided the label ("attributed:speech-quote"). */
  basis: string;
  correct: boolean;
  /** The pool round of its article; 0 outside the pool. */
  round?: number;
  /** For a speaker: the speaker the analyzer named, null for none. */
  speaker?: string | null;
  /** For a speaker: the analyzer's quote itself (the replay reads the model's features from it and its sentence). */
  quote?: object;
  /** For a label: the analyzer's sentence itself. */
  sentence?: object;
}

/**
 * Per basis: sentences, how many were right, and the mean confidence given; the counts server/analysis/calibration.ts holds.
 * The mean, not the first item's value: a speaker's confidence depends on the form of the name as well as the basis, so
 * one basis carries several values.
 */
export function basisLines(
  judged: readonly Judged[],
  title = 'Confidence by basis (sentences, right, accuracy, mean confidence given)',
): string[] {
  const by = new Map<string, Judged[]>();
  for (const j of judged) by.set(j.basis, [...(by.get(j.basis) ?? []), j]);
  const out = ['', title];
  for (const [basis, list] of [...by].sort((a, b) => b[1].length - a[1].length)) {
    const right = list.filter((j) => j.correct).length;
    const given = list.reduce((sum, j) => sum + j.confidence, 0) / list.length;
    out.push(
      `  ${basis.padEnd(28)} ${String(list.length).padStart(4)} ${String(right).padStart(4)}  ${pct(right / list.length).padStart(6)}  ${given.toFixed(2)}`,
    );
  }
  return out;
}

const BINS = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001];

/** One confidence band of a reliability table. */
interface Band {
  name: string;
  n: number;
  confidence: number;
  accuracy: number;
}

/** The reliability bands of judged items, their expected calibration error, and the items at confidence ≥ 0.9. */
export function reliability(judged: readonly Judged[]): {
  bands: Band[];
  ece: number;
  sure: number;
  sureRight: number;
} {
  const bands: Band[] = [];
  let ece = 0;
  for (let b = 0; b + 1 < BINS.length; b++) {
    const lo = BINS[b]!;
    const hi = BINS[b + 1]!;
    const band = judged.filter((j) => j.confidence >= lo && j.confidence < hi);
    if (band.length === 0) continue;
    const confidence = band.reduce((s, j) => s + j.confidence, 0) / band.length;
    const accuracy = band.filter((j) => j.correct).length / band.length;
    ece += (band.length / judged.length) * Math.abs(confidence - accuracy);
    const name = `${lo.toFixed(1)}–${Math.min(1, hi).toFixed(1)}`;
    bands.push({ name, n: band.length, confidence, accuracy });
  }
  const sure = judged.filter((j) => j.confidence >= 0.9);
  return { bands, ece, sure: sure.length, sureRight: sure.filter((j) => j.correct).length };
}

/**
 * A reliability table (per confidence band: how many sentences, their mean confidence, how many were right), the
 * expected calibration error (the gap between confidence and accuracy, weighted by band size), and how right the
 * analyzer is where it says 0.9 or more.
 */
export function calibrationLines(
  judged: readonly Judged[],
  what = 'sentences',
  title = 'Confidence calibration',
): string[] {
  if (judged.length === 0) return [];
  const out = ['', `${title} (${judged.length} gold ${what})`];
  out.push('  band         n   mean conf   accuracy');
  const { bands, ece, sure, sureRight } = reliability(judged);
  for (const b of bands)
    out.push(
      `  ${b.name.padEnd(9)} ${String(b.n).padStart(4)}   ${b.confidence.toFixed(3).padStart(9)}   ${pct(b.accuracy).padStart(8)}`,
    );
  out.push(`  expected calibration error (ECE) ${ece.toFixed(3)}`);
  const asked = judged.filter((j) => (j.quizConfidence ?? j.confidence) >= MIN_CONFIDENCE);
  const askedRight = asked.filter((j) => j.correct).length;
  out.push(
    `  the quiz asks about confidence ≥ ${MIN_CONFIDENCE}${judged.some((j) => j.quizConfidence !== undefined) ? ' (as the quiz takes it, quizConfidence)' : ''}: ${asked.length}/${judged.length} ${what} (${pct(asked.length / judged.length)}), accuracy ${asked.length ? pct(askedRight / asked.length) : 'n/a'}`,
  );
  out.push(
    `  confidence ≥ 0.9: ${sure}/${judged.length} ${what} (${pct(sure / judged.length)}), accuracy ${sure ? pct(sureRight / sure) : 'n/a'}`,
  );
  return out;
}

/**
 * Per round: its items, the share at confidence ≥ 0.9 and the accuracy there, and the calibration error; then, with
 * two rounds or more, the rounds together ("all"), the one figure to compare between two maps.
 */
export function roundTableLines(judged: readonly Judged[], title: string): string[] {
  const rounds = [...new Set(judged.map((j) => j.round ?? 0))].sort((a, b) => a - b);
  if (rounds.length === 0) return [];
  const out = ['', title, '  round      n   at ≥ 0.9   accuracy there     ECE'];
  const rows: [string, readonly Judged[]][] = rounds.map((round) => [
    String(round),
    judged.filter((j) => (j.round ?? 0) === round),
  ]);
  if (rounds.length > 1) rows.push(['all', judged]);
  for (const [name, mine] of rows) {
    const { ece, sure, sureRight } = reliability(mine);
    out.push(
      `  ${name.padStart(5)} ${String(mine.length).padStart(6)}   ${pct(sure / mine.length).padStart(8)}   ${(sure ? pct(sureRight / sure) : 'n/a').padStart(14)}   ${ece.toFixed(3)}`,
    );
  }
  return out;
}

function tally(map: Map<string, [number, number]>, key: string, correct: boolean): void {
  const [n, right] = map.get(key) ?? [0, 0];
  map.set(key, [n + 1, right + (correct ? 1 : 0)]);
}

/**
 * Leave-one-round-out: each pool round's sentences get the confidence that counts measured on every other gold
 * sentence (other rounds and the articles outside the pool) would give them, by the analyzer's own smoothing and
 * prior (the label's accuracy on those sentences, at most its first-contact prior). The
 * rules were drawn from all rounds, so labels are not unseen; the confidence map is.
 */
export function heldOutJudged(judged: readonly Judged[]): Judged[] {
  const rounds = [...new Set(judged.map((j) => j.round ?? 0))].filter((r) => r > 0).sort();
  return rounds.flatMap((round) => {
    const bases = new Map<string, [number, number]>();
    const labels = new Map<string, [number, number]>();
    for (const j of judged) {
      if ((j.round ?? 0) === round) continue;
      tally(bases, j.basis, j.correct);
      tally(labels, j.basis.split(':')[0]!, j.correct);
    }
    return judged
      .filter((j) => j.round === round)
      .map((j) => {
        const [n, right] = bases.get(j.basis) ?? [0, 0];
        const [ln, lright] = labels.get(j.basis.split(':')[0]!) ?? [0, 0];
        const label = j.basis.split(':')[0] as keyof typeof LABEL_PRIOR;
        const prior = Math.min(ln ? lright / ln : 0.5, LABEL_PRIOR[label] ?? 0.5);
        // (a map from in-sample counts, compared as the confidence alone: the quiz's lower bound is left out)
        return { ...j, confidence: smoothedConfidence(n, right, prior), quizConfidence: undefined };
      });
  });
}

/** The reliability table of the held-out confidences, overall and for the last round alone. */
export function heldOutLines(judged: readonly Judged[]): string[] {
  // with one round alone there are no other rounds to rate it by
  if (new Set(judged.map((j) => j.round ?? 0)).size < 2) return [];
  const held = heldOutJudged(judged);
  if (held.length === 0) return [];
  const last = Math.max(...held.map((j) => j.round ?? 0));
  return [
    ...calibrationLines(
      held,
      'pool sentences',
      'Confidence calibration, each pool round held out (a map from the in-sample counts of all other gold, for comparison)',
    ),
    ...calibrationLines(
      held.filter((j) => j.round === last),
      'sentences',
      `  … round ${last} alone, held out`,
    ),
  ];
}
