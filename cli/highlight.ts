import type { Span } from '../server/analysis/index.ts';

export interface Marks {
  open: string;
  close: string;
}

/** Merges overlapping or touching spans so each highlighted word is marked once. */
function merge(spans: readonly Span[], length: number): Span[] {
  const sorted = spans
    .map((s) => ({ start: Math.max(0, s.start), end: Math.min(length, s.end) }))
    .filter((s) => s.start < s.end)
    .sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** Wraps each span of `text` in the given marks. */
export function highlight(text: string, spans: readonly Span[], marks: Marks): string {
  let out = '';
  let at = 0;
  for (const s of merge(spans, text.length)) {
    out += text.slice(at, s.start) + marks.open + text.slice(s.start, s.end) + marks.close;
    at = s.end;
  }
  return out + text.slice(at);
}
