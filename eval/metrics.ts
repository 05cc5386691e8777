/** A half-open character range [start, end). */
export interface Range {
  start: number;
  end: number;
}

/** n / d, or null when there is nothing to divide by (shown as "n/a", never as 0%). */
export function ratio(n: number, d: number): number | null {
  return d === 0 ? null : n / d;
}

/** Runs of whitespace collapsed to one space, ends trimmed: how quote texts are compared. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Moves a range's ends inward past whitespace of `text`, so untrimmed predictions compare with trimmed gold. */
export function trimRange(text: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

function overlap(a: Range, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** For each gold range, the index of the predicted range with the same span, else the one overlapping most, else -1. */
export function matchRanges(gold: readonly Range[], pred: readonly Range[]): number[] {
  return gold.map((g) => {
    const exact = pred.findIndex((p) => p.start === g.start && p.end === g.end);
    if (exact >= 0) return exact;
    let best = -1;
    let bestOverlap = 0;
    pred.forEach((p, i) => {
      const o = overlap(g, p);
      if (o > bestOverlap) [best, bestOverlap] = [i, o];
    });
    return best;
  });
}

/** Predicted ranges that overlap a gold range at all. */
export function overlapping(g: Range, pred: readonly Range[]): number[] {
  return pred.flatMap((p, i) => (overlap(g, p) > 0 ? [i] : []));
}

export interface SegmentationCounts {
  exact: number;
  gold: number;
  /** Boundaries (sentence starts and ends) found in both, in the prediction, in the gold. */
  boundaryHits: number;
  predBoundaries: number;
  goldBoundaries: number;
}

function boundaries(ranges: readonly Range[]): Set<number> {
  return new Set(ranges.flatMap((r) => [r.start, r.end]));
}

/** Counts exact sentence matches and shared sentence boundaries. */
export function segmentationCounts(
  gold: readonly Range[],
  pred: readonly Range[],
): SegmentationCounts {
  const predKeys = new Set(pred.map((p) => `${p.start}:${p.end}`));
  const g = boundaries(gold);
  const p = boundaries(pred);
  return {
    exact: gold.filter((r) => predKeys.has(`${r.start}:${r.end}`)).length,
    gold: gold.length,
    boundaryHits: [...g].filter((b) => p.has(b)).length,
    predBoundaries: p.size,
    goldBoundaries: g.size,
  };
}
