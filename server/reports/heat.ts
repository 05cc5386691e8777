/** The shade (0–4) of a heat-map cell for a row percentage; null (no answers) is 0. Text always states the number too. */
export function heatLevel(percent: number | null): number {
  if (percent === null || percent === 0) return 0;
  if (percent < 15) return 1;
  if (percent < 35) return 2;
  if (percent < 60) return 3;
  return 4;
}
