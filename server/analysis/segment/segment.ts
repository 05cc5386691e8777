import { sentenceEnds } from './boundaries.ts';
import { isCaption } from './caption.ts';
import { captionsCredit, endsWithCredit } from './credit.ts';
import { continues } from './join.ts';
import { layout, type Range } from './paragraphs.ts';
import type { Segment, SentenceKind } from '../types.ts';

const HEADING_MARK = /^#{1,6}[ \t]+/;
// whitespace other than a lone plain space: only then does collapsing runs of it change the text
const UNEVEN_SPACE = /[^\S ]| {2}/;

/** Runs of whitespace as one space; most sentences have none, and are returned as they are without a copy. */
function oneSpaced(s: string): string {
  return UNEVEN_SPACE.test(s) ? s.replace(/\s+/g, ' ') : s;
}

/**
 * Splits an article into headline, captions and body sentences. The headline is the first non-empty line
 * (a `# ` heading mark is left out). A paragraph broken off mid-sentence is joined to the next one. Image
 * captions are told apart by `isCaption`, or by the picture's credit they close with (`endsWithCredit`).
 */
export function segmentArticle(text: string): Segment[] {
  const { headline, paragraphs } = layout(text);
  const out: Segment[] = [];
  if (!headline) return out;
  const mark = HEADING_MARK.exec(text.slice(headline.start, headline.end));
  push(out, text, 0, 'headline', headline.start + (mark ? mark[0].length : 0), headline.end);
  const units: Range[] = [];
  for (const p of paragraphs) {
    const last = units[units.length - 1];
    if (last && continues(text, last, p)) last.end = p.end;
    else units.push({ ...p });
  }
  const endsOf = units.map((unit) => sentenceEnds(text, unit.start, unit.end));
  units.forEach((unit, n) => {
    const ends = endsOf[n]!;
    const caption =
      isCaption(text, unit, ends.length + 1, n === units.length - 1) ||
      endsWithCredit(text, unit, ends) ||
      captionsCredit(text, unit, ends, units[n + 1], endsOf[n + 1]);
    let start = unit.start;
    for (const end of [...ends, unit.end]) {
      push(out, text, n + 1, caption ? 'caption' : 'body', start, end);
      start = end;
    }
  });
  return out;
}

function push(
  out: Segment[],
  text: string,
  paragraph: number,
  kind: SentenceKind,
  start: number,
  end: number,
) {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (start === end) return;
  const sentence = oneSpaced(text.slice(start, end));
  out.push({ index: out.length, paragraph, kind, text: sentence, start, end });
}

/** Treats each non-empty line as one standalone body sentence (no segmentation). */
export function segmentLines(text: string): Segment[] {
  const out: Segment[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].search(/\S/);
    if (lead < 0) continue;
    const start = m.index + lead;
    const end = m.index + m[0].trimEnd().length;
    out.push({
      index: out.length,
      paragraph: out.length,
      kind: 'body',
      text: oneSpaced(text.slice(start, end)),
      start,
      end,
    });
  }
  return out;
}
