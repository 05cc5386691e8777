import { LOWER_START } from '../grammar/letters.ts';
/** A trimmed range of the article text, end exclusive. */
export interface Range {
  start: number;
  end: number;
}

/** The article's first line and its paragraphs, before any joining. */
export interface Layout {
  headline: Range | null;
  paragraphs: Range[];
}

const ENDS_SENTENCE = /[.!?\u2026:]["'\u201d\u2019)\]*_]*$/;

/**
 * Finds the headline (first non-empty line) and the paragraphs. Blank lines always separate paragraphs; a single
 * newline does too, unless the text is hard-wrapped — over a third of the line breaks inside paragraphs run a
 * sentence on into a lower-case line — in which case it is just a space.
 */
export function layout(text: string): Layout {
  const lines: (Range | null)[] = [];
  for (let pos = 0; pos <= text.length;) {
    const nl = text.indexOf('\n', pos);
    const stop = nl < 0 ? text.length : nl;
    const line = text.slice(pos, stop);
    const lead = line.search(/\S/);
    lines.push(lead < 0 ? null : { start: pos + lead, end: pos + line.trimEnd().length });
    pos = stop + 1;
  }
  const first = lines.findIndex((l) => l !== null);
  if (first < 0) return { headline: null, paragraphs: [] };
  const blocks: Range[][] = [];
  let current: Range[] = [];
  for (const line of lines.slice(first + 1)) {
    if (line) current.push(line);
    else if (current.length) (blocks.push(current), (current = []));
  }
  if (current.length) blocks.push(current);
  let breaks = 0;
  let runOn = 0;
  for (const block of blocks) {
    block.slice(1).forEach((line, i) => {
      const prev = block[i]!;
      breaks++;
      const open = !ENDS_SENTENCE.test(text.slice(Math.max(prev.start, prev.end - 8), prev.end));
      if (open && LOWER_START.test(text[line.start]!)) runOn++;
    });
  }
  // Hard-wrapped prose carries many sentences on into a lower-case line; lists and captions do not.
  const wrapped = breaks >= 3 && runOn * 3 > breaks;
  const paragraphs = wrapped ? blocks.flatMap((b) => unwrap(text, b)) : blocks.flat();
  return { headline: lines[first]!, paragraphs };
}

const LIST_ITEM = /^(?:[-\u2013\u2014\u2022*+]\s|\d{1,3}[.)]\s)/;

/** Joins the lines of a hard-wrapped block into paragraphs, starting a new one at each list item. */
function unwrap(text: string, block: Range[]): Range[] {
  const out: Range[] = [];
  for (const line of block) {
    const last = out[out.length - 1];
    if (last && !LIST_ITEM.test(text.slice(line.start, line.start + 5))) last.end = line.end;
    else out.push({ ...line });
  }
  return out;
}
