import type { Segment } from './types.ts';

/** Splits an article into headline, captions and body sentences. STUB: replaced by the segmentation work. */
export function segmentArticle(text: string): Segment[] {
  const out: Segment[] = [];
  let paragraph = 0;
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const t = m[0].replace(/\s+/g, ' ').trim();
    if (!t) continue;
    out.push({ index: out.length, paragraph, kind: out.length === 0 ? 'headline' : 'body', text: t, start: m.index, end: m.index + m[0].length });
    paragraph++;
  }
  return out;
}

/** Treats each non-empty line as one standalone body sentence (no segmentation). */
export function segmentLines(text: string): Segment[] {
  const out: Segment[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const t = m[0].replace(/\s+/g, ' ').trim();
    if (!t) continue;
    const lead = m[0].length - m[0].trimStart().length;
    out.push({ index: out.length, paragraph: out.length, kind: 'body', text: t, start: m.index + lead, end: m.index + m[0].trimEnd().length });
  }
  return out;
}
