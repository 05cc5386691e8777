import type { Segment } from '../../server/analysis/types.ts';

/** Builds hand-made segments: one inner array per paragraph, one string per sentence. */
export function segments(paragraphs: string[][]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  paragraphs.forEach((sentences, paragraph) => {
    for (const text of sentences) {
      out.push({
        index: out.length,
        paragraph,
        kind: 'body',
        text,
        start: at,
        end: at + text.length,
      });
      at += text.length + 1;
    }
  });
  return out;
}
