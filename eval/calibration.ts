import { MIN_CONFIDENCE } from '../server/quiz/confidence.ts';
import { pct } from './format.ts';

/** One sentence's stated confidence and whether its label matched the gold. */
export interface Judged {
  confidence: number;
  /** What decided the label ("attributed:speech-quote"). */
  basis: string;
  correct: boolean;
}

/** Per basis: sentences, how many were right, and the confidence given; the counts server/analysis/calibration.ts holds. */
export function basisLines(
  judged: readonly Judged[],
  title = 'Confidence by basis (sentences, right, accuracy, confidence given)',
): string[] {
  const by = new Map<string, Judged[]>();
  for (const j of judged) by.set(j.basis, [...(by.get(j.basis) ?? []), j]);
  const out = ['', title];
  for (const [basis, list] of [...by].sort((a, b) => b[1].length - a[1].length)) {
    const right = list.filter((j) => j.correct).length;
    out.push(
      `  ${basis.padEnd(28)} ${String(list.length).padStart(4)} ${String(right).padStart(4)}  ${pct(right / list.length).padStart(6)}  ${list[0]!.confidence.toFixed(2)}`,
    );
  }
  return out;
}

const BINS = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001];

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
  let ece = 0;
  for (let b = 0; b + 1 < BINS.length; b++) {
    const lo = BINS[b]!;
    const hi = BINS[b + 1]!;
    const band = judged.filter((j) => j.confidence >= lo && j.confidence < hi);
    if (band.length === 0) continue;
    const conf = band.reduce((s, j) => s + j.confidence, 0) / band.length;
    const acc = band.filter((j) => j.correct).length / band.length;
    ece += (band.length / judged.length) * Math.abs(conf - acc);
    const name = `${lo.toFixed(1)}–${Math.min(1, hi).toFixed(1)}`;
    out.push(
      `  ${name.padEnd(9)} ${String(band.length).padStart(4)}   ${conf.toFixed(3).padStart(9)}   ${pct(acc).padStart(8)}`,
    );
  }
  const sure = judged.filter((j) => j.confidence >= 0.9);
  const sureRight = sure.filter((j) => j.correct).length;
  out.push(`  expected calibration error (ECE) ${ece.toFixed(3)}`);
  const asked = judged.filter((j) => j.confidence >= MIN_CONFIDENCE);
  const askedRight = asked.filter((j) => j.correct).length;
  out.push(
    `  the quiz asks about confidence ≥ ${MIN_CONFIDENCE}: ${asked.length}/${judged.length} ${what} (${pct(asked.length / judged.length)}), accuracy ${asked.length ? pct(askedRight / asked.length) : 'n/a'}`,
  );
  out.push(
    `  confidence ≥ 0.9: ${sure.length}/${judged.length} ${what} (${pct(sure.length / judged.length)}), accuracy ${sure.length ? pct(sureRight / sure.length) : 'n/a'}`,
  );
  return out;
}
