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
 * newline does too, unless the text is hard-wrapped — most line breaks inside paragraphs falling mid-sentence —
 * in which case it is just a space.
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
  let midSentence = 0;
  for (const block of blocks) {
    for (const line of block.slice(0, -1)) {
      breaks++;
      if (!ENDS_SENTENCE.test(text.slice(Math.max(line.start, line.end - 8), line.end)))
        midSentence++;
    }
  }
  const wrapped = breaks >= 3 && midSentence * 2 > breaks;
  const paragraphs = wrapped
    ? blocks.map((b) => ({ start: b[0]!.start, end: b[b.length - 1]!.end }))
    : blocks.flat();
  return { headline: lines[first]!, paragraphs };
}
