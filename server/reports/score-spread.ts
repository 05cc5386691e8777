import type { StudentRow } from './lesson-report.ts';

/** One band of the score spread: how many students scored within it. */
export interface ScoreBand {
  label: string;
  from: number;
  to: number;
  students: number;
}

const BANDS: readonly [number, number][] = [
  [0, 19],
  [20, 39],
  [40, 59],
  [60, 79],
  [80, 100],
];

/** How the class's scores spread over five bands of 20 percentage points; students with no marked answer are left out. */
export function scoreSpread(rows: readonly StudentRow[]): ScoreBand[] {
  return BANDS.map(([from, to]) => ({
    label: `${from}–${to}%`,
    from,
    to,
    students: rows.filter((r) => r.percent !== null && r.percent >= from && r.percent <= to).length,
  }));
}
