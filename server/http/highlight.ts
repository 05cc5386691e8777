import type { Cue } from '../analysis/index.ts';

/** A piece of a sentence, marked when it is evidence. */
export interface Piece {
  text: string;
  cue?: Cue;
}

const CUE_LABELS: Record<Cue, string> = {
  'speech-quote': 'quoted words',
  'reporting-verb': 'reporting verb',
  'according-to': '"according to"',
  reportedly: 'hedge: reportedly',
  'named-source': 'named source',
  'anonymous-source': 'anonymous source',
  evaluative: "writer's judgement",
  loaded: 'loaded word',
  intensifier: 'intensifier',
  speculation: 'speculation',
  scaffolding: 'framing phrase',
  generalisation: 'generalisation',
  // (a judgement or a feeling with no one named for it: "is seen as", "was criticised", "raised concerns that")
  'agentless-passive': 'no one named as its source',
  'rhetorical-question': 'rhetorical question',
  'scare-quote': 'scare quotes',
};

/** The words a screen reader announces for a cue. */
export function cueLabel(cue: Cue): string {
  return CUE_LABELS[cue] ?? cue;
}

/**
 * Splits `text` into plain and marked pieces for the given spans (offsets into `text`, end exclusive).
 * Overlapping or out-of-range spans are clipped, so bad offsets never break a page.
 */
export function highlightPieces(
  text: string,
  spans: readonly { start: number; end: number; cue?: Cue }[],
): Piece[] {
  const sorted = [...spans]
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const pieces: Piece[] = [];
  let at = 0;
  for (const span of sorted) {
    const start = Math.max(span.start, at);
    const end = Math.min(span.end, text.length);
    if (end <= start) continue;
    if (start > at) pieces.push({ text: text.slice(at, start) });
    pieces.push(
      span.cue ? { text: text.slice(start, end), cue: span.cue } : { text: text.slice(start, end) },
    );
    at = end;
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at) });
  return pieces;
}
