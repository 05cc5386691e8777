import { firstFrom } from '../grammar/token-search.ts';
import type { Evidence, Quote, Span } from '../types.ts';
import { NAMING_BEFORE_TERM } from '../lexicon/phrases.ts';
import { markWeak } from './weights.ts';
import { LOWER_START } from '../grammar/letters.ts';

const OPENERS: Record<string, string> = { '“': '”', '‘': '’', '"': '"', "'": "'", '«': '»' };
const OPENING = /[“‘"'«]/g;

/** True when the character at i may open a quotation rather than be an apostrophe inside a word. */
function opensAt(text: string, i: number): boolean {
  const before = text[i - 1];
  return before === undefined || /[\s([{—–-]/.test(before);
}

// (a constant, made once: a pattern written inline is made anew on every call, and this runs per quote mark)
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** True when the character at i may close a quotation (not an apostrophe as in "Trump’s"). */
function closesAt(text: string, i: number): boolean {
  const after = text[i + 1];
  return after === undefined || !LETTER_OR_DIGIT.test(after);
}

/**
 * Every quoted span of the sentence, marks included: the quotes module's spans plus any paired marks it missed,
 * so that a source's words never count as the writer's framing.
 */
export function quotedSpans(text: string, quotes: Quote[]): Span[] {
  const spans: Span[] = quotes.map((q) => ({
    start: Math.max(0, q.start - 1),
    end: Math.min(text.length, q.end + 1),
  }));
  // the regex jumps from one opening mark to the next, rather than looking every character up in OPENERS
  OPENING.lastIndex = 0;
  for (let m = OPENING.exec(text); m; m = OPENING.exec(text)) {
    const i = m.index;
    const close = OPENERS[m[0]]!;
    if (!opensAt(text, i)) continue;
    let j = text.indexOf(close, i + 1);
    while (j !== -1 && !closesAt(text, j)) j = text.indexOf(close, j + 1);
    if (j === -1) {
      // An unclosed opener runs to the end: a quotation continuing past the sentence.
      if (close !== "'") spans.push({ start: i, end: text.length });
      break;
    }
    spans.push({ start: i, end: j + 1 });
    OPENING.lastIndex = j + 1;
  }
  return spans;
}

/**
 * A test of whether [start, end) overlaps any of the spans. Spans sorted by start with the running maximum of their
 * ends answer it by binary search: some span starting before `end` must end after `start`.
 */
export function overlapTest(spans: Span[]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  sorted.forEach((s, i) => maxEnd.push(Math.max(s.end, maxEnd[i - 1] ?? -Infinity)));
  return (start, end) => {
    const before = firstFrom(sorted, end);
    return before > 0 && maxEnd[before - 1]! > start;
  };
}

/**
 * Scare quotes: a short lower-case term the writer holds at arm's length ("racial ‘equity’"). Names, titles and
 * terms introduced by a naming verb are labels, not distance, so they don't count. The rest are weak: news quotes a
 * term far more often to cite it (the wording of a rule, a prize, a status: granted "refugee" status on grounds of
 * "public interest") than to doubt it, so quoted terms, however many, decide only beside a cue of the writer's own.
 */
export function scareQuotes(text: string, quotes: Quote[]): Evidence[] {
  const out: Evidence[] = [];
  for (const q of quotes) {
    if (q.type !== 'term' || q.speaker) continue;
    const words = q.text.trim().split(/\s+/);
    if (words.length > 4 || !LOWER_START.test(q.text.trim())) continue;
    if (NAMING_BEFORE_TERM.test(text.slice(Math.max(0, q.start - 30), q.start))) continue;
    const start = Math.max(0, q.start - 1);
    const end = Math.min(text.length, q.end + 1);
    out.push(markWeak({ text: text.slice(start, end), start, end, cue: 'scare-quote' }));
  }
  return out;
}
