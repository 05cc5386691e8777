/** A matched quotation inside a paragraph: offsets of its opening and closing marks. */
export interface QuoteMarks {
  open: number;
  close: number;
}

const LETTER = /[\p{L}\p{N}]/u;
const OPENS_BEFORE = /[\s([{\u2014\u2013\-/]/;

/**
 * Pairs the quote marks of text[from, to). Double and single quotes are matched separately so that a
 * quote may nest in the other kind; an apostrophe between letters (Trump’s, can't) is no quote mark, and a mark
 * left unmatched at the paragraph's end is ignored rather than allowed to swallow the paragraph.
 */
export function matchQuotes(text: string, from: number, to: number): QuoteMarks[] {
  const spans: QuoteMarks[] = [];
  let dbl = -1;
  const singles: number[] = [];
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (
      c !== '"' &&
      c !== '\u201c' &&
      c !== '\u201d' &&
      c !== "'" &&
      c !== '\u2018' &&
      c !== '\u2019'
    )
      continue;
    const prev = i > from ? text[i - 1]! : ' ';
    const next = i + 1 < to ? text[i + 1]! : ' ';
    const opensHere =
      OPENS_BEFORE.test(prev) || prev === '\u201c' || prev === '\u2018' || prev === '"';
    if (c === '\u201c' || (c === '"' && opensHere)) {
      dbl = i;
    } else if (c === '"' || c === '\u201d') {
      if (dbl >= 0) spans.push({ open: dbl, close: i });
      dbl = -1;
    } else if (LETTER.test(prev) && LETTER.test(next)) {
      continue; // apostrophe inside a word
    } else if (c === '\u2018' || (c === "'" && opensHere && LETTER.test(next))) {
      singles.push(i);
    } else {
      const open = singles.pop();
      if (open !== undefined) spans.push({ open, close: i });
    }
  }
  return spans;
}

/** True when [start, end) lies strictly inside one of the quotes. */
export function insideQuote(spans: QuoteMarks[], start: number, end: number): boolean {
  for (const s of spans) if (s.open < start && s.close >= end) return true;
  return false;
}
