import { findQuoteMarks, type QuoteMark } from './marks.ts';
import type { Segment } from '../types.ts';

/** The piece of a quotation that lies in one sentence: offsets of the inner text in that sentence's text. */
export interface QuotePart {
  seg: number;
  start: number;
  end: number;
}

/** One quotation from its opening mark to its closing mark, possibly over several sentences. */
export interface QuoteUnit {
  family: QuoteMark['family'];
  depth: number;
  parts: QuotePart[];
  openSeg: number;
  /** Offset of the opening mark in the opening sentence. */
  openAt: number;
  closeSeg: number;
  /** Offset of the closing mark in the closing sentence, or -1 when the quotation runs out unclosed. */
  closeAt: number;
  /** The quotation of the previous paragraph that this paragraph carries on (an unclosed quote reopened). */
  continues: QuoteUnit | null;
  /** The quotation this one opened inside (depth > 0), else null. */
  outer: QuoteUnit | null;
}

interface Open {
  unit: QuoteUnit;
  from: number;
}

function opensParagraph(text: string, mark: QuoteMark | undefined): boolean {
  return mark !== undefined && mark.role !== 'close' && /^[\s*_]*$/.test(text.slice(0, mark.at));
}

/**
 * `Mr Clarke said: "I will ask Parliament. "In the meantime, we will study it."`: a sentence that opens with an
 * opening mark of the family already open is a new paragraph of the same speech whose paragraph break was lost (text
 * copied from a web page), not a quotation nested inside the first (that would take the other family), so the open
 * quotation ends with the sentence before and this one carries it on.
 */
function reopensQuotation(text: string, mark: QuoteMark | undefined, open: QuoteUnit): boolean {
  return mark?.role === 'open' && mark.family === open.family && opensParagraph(text, mark);
}

/**
 * A straight mark glued to the comma or colon before it and spaced from the words after it (`she said," Bring a
 * coat".`) reads as a closing mark, but with no quotation open and a later mark in the sentence that can close it,
 * it is the opening one, typed with the space on the wrong side.
 */
function misplacedOpen(text: string, marks: QuoteMark[], m: number): boolean {
  const mark = marks[m]!;
  if (text[mark.at] !== '"' || !/[,:]/.test(text[mark.at - 1] ?? '')) return false;
  if (!/^ [\p{L}\p{N}[(]/u.test(text.slice(mark.at + 1, mark.at + 3))) return false;
  for (let j = m + 1; j < marks.length; j++)
    if (marks[j]!.family === 'double') return marks[j]!.role !== 'open';
  return false;
}

/**
 * `… cooling off beneath the falls." Seven more bodies were brought in this morning," said the director.`: a straight
 * mark glued to the stop that ends a sentence, with no quotation open, closes nothing; when the next double mark in
 * the paragraph closes, it is the opening mark of the next sentence's quotation, stuck to the wrong sentence (a slip of
 * typing or of copying that moves a mark across the space).
 */
function openedAtSentenceEnd(
  segments: Segment[],
  marksOf: QuoteMark[][],
  s: number,
  mark: QuoteMark,
): boolean {
  const text = segments[s]!.text;
  if (text[mark.at] !== '"' || !/[.!?]/.test(text[mark.at - 1] ?? '')) return false;
  if (text.slice(mark.at + 1).trim() !== '') return false;
  const paragraph = segments[s]!.paragraph;
  for (let n = s + 1; n < segments.length && segments[n]!.paragraph === paragraph; n++) {
    const next = marksOf[n]!.find((m) => m.family === 'double');
    if (next) return next.role === 'close';
  }
  return false;
}

// how many sentences after a paragraph break an unclosed quotation may run on to its lone closing mark
const CLOSED_WITHIN = 8;

/**
 * `“I have never talked to her.` ¶ `But I did say publicly that I was sorry.` ¶ `The apology was public,” he said.`:
 * text copied with a break after every sentence keeps a quotation's marks only at its two ends. True when, from the
 * paragraph opening at sentence `s`, the first quote mark of the open quotation's family within a few sentences is a
 * closing mark, with no opening mark before it in its paragraph; such a quotation runs on through the paragraphs
 * between.
 */
function closedLater(marksOf: QuoteMark[][], s: number, family: QuoteMark['family']): boolean {
  for (let n = s; n < marksOf.length && n < s + CLOSED_WITHIN; n++) {
    // (marks of the other family are a quotation inside this one: "… investigating ‘Russian collusion’ …")
    const mark = marksOf[n]!.find((m) => m.family === family);
    if (!mark) continue;
    // (the paragraph's own earlier sentences hold no mark of the family, or the scan would have stopped at it)
    return mark.role === 'close';
  }
  return false;
}

// Closes the quotations open from `k` on at `at` of sentence `s`. (A function of its own, not a closure: tsx names every
// closure it makes, a property set on each call.)
function closeFrom(stack: Open[], k: number, s: number, at: number): void {
  for (const open of stack.splice(k)) {
    open.unit.parts.push({ seg: s, start: open.from, end: at });
    open.unit.closeSeg = s;
    open.unit.closeAt = at;
  }
}

/** Pairs quote marks over a whole article, carrying open quotations across sentence ends and paragraphs. */
export function pairQuotes(segments: Segment[]): QuoteUnit[] {
  const units: QuoteUnit[] = [];
  let stack: Open[] = [];
  // (each sentence's marks found once: the checks for a quotation run on look ahead at later sentences' marks)
  const marksOf = segments.map((segment) => findQuoteMarks(segment.text));
  segments.forEach((segment, s) => {
    const marks = marksOf[s]!;
    let carried: QuoteUnit | null = null;
    const prev = segments[s - 1];
    const first = marks[0];
    if (stack.length > 0 && prev && prev.paragraph !== segment.paragraph) {
      if (opensParagraph(segment.text, first) && first?.family === stack[0]?.unit.family)
        carried = stack[0]!.unit;
      // (… but a quotation whose paragraphs were cut at each sentence, the marks left only at its two ends, goes on)
      if (!closedLater(marksOf, s, stack[stack.length - 1]!.unit.family)) stack = [];
    } else if (stack.length > 0 && reopensQuotation(segment.text, first, stack[0]!.unit)) {
      carried = stack[0]!.unit;
      stack = [];
    }
    for (const open of stack) open.from = 0;
    marks.forEach((mark, m) => {
      let k = -1;
      for (let j = stack.length - 1; j >= 0; j--)
        if (stack[j]!.unit.family === mark.family) k = k === -1 ? j : k;
      const reopened = mark.role === 'close' && k === -1 && misplacedOpen(segment.text, marks, m);
      const movedOpen =
        mark.role === 'close' && k === -1 && openedAtSentenceEnd(segments, marksOf, s, mark);
      const closes =
        mark.role === 'close' ? !reopened && !movedOpen : mark.role === 'either' && k !== -1;
      if (closes) {
        if (k !== -1) closeFrom(stack, k, s, mark.at);
        return;
      }
      // `… released just one record. He added: "The whole world is waiting …`: an opening mark of the family still
      // open from an earlier sentence, with words of this sentence before it, is a new quotation; the earlier one
      // lacked its closing mark and ends with the sentence before (a quotation inside a quotation takes the other
      // family)
      if (mark.role === 'open' && k !== -1 && stack[k]!.unit.openSeg < s) stack.splice(k);
      const unit: QuoteUnit = {
        family: mark.family,
        depth: stack.length,
        parts: [],
        openSeg: s,
        openAt: mark.at,
        closeSeg: s,
        closeAt: -1,
        continues: carried,
        outer: stack[stack.length - 1]?.unit ?? null,
      };
      carried = null;
      units.push(unit);
      stack.push({ unit, from: mark.at + (reopened ? 2 : 1) });
    });
    for (const open of stack) {
      open.unit.parts.push({ seg: s, start: open.from, end: segment.text.length });
      open.unit.closeSeg = s;
    }
  });
  for (const unit of units)
    unit.parts = unit.parts.filter((p) =>
      /[\p{L}\p{N}]/u.test(segments[p.seg]!.text.slice(p.start, p.end)),
    );
  return units.filter((u) => u.parts.length > 0);
}
