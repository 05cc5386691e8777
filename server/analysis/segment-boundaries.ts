import { CONNECTIVES } from './abbreviations.ts';
import { insideQuote, matchQuotes } from './segment-quotes.ts';
import { reportingClauseAt } from './segment-reporting.ts';
import { periodEnds, periodKind, wordAt } from './segment-words.ts';

const TERMINAL = /[.!?\u2026]/;
const CLOSER = /["'\u201d\u2019)\]*_]/;
const SPACE = /\s/;
const ELLIPSIS = /^(?:\[(?:\.\.\.|\u2026)\]|\.\.\.|\u2026)(?=\s|$)/;
const QUOTE_OPEN = /["'\u201c\u2018]/;
const QUOTE_CLOSE = /["'\u201d\u2019]/;

/**
 * Offsets in text[from, to) where a sentence ends (exclusive), not counting `to` itself. A full stop, "?", "!"
 * or ellipsis ends a sentence when followed, after closing quotes and brackets, by space and a word that can
 * start one; a period after an abbreviation needs a clear sentence opener; nothing inside a quotation ends
 * the sentence around it, but a stop just before the closing mark ends it after the mark.
 */
export function sentenceEnds(text: string, from: number, to: number): number[] {
  const ends: number[] = [];
  let quotes: ReturnType<typeof matchQuotes> | undefined;
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (!TERMINAL.test(c)) continue;
    let j = i;
    while (j < to && TERMINAL.test(text[j]!)) j++;
    const run = text.slice(i, j);
    let end = j;
    while (end < to && CLOSER.test(text[end]!)) end++;
    if (end < to && !SPACE.test(text[end]!)) {
      i = j - 1; // "U.S.-Mexico", "3.5", "Znak.com", "etc.,"
      continue;
    }
    // An omission mark after the stop belongs to the sentence it follows.
    let k = end;
    for (;;) {
      while (k < to && SPACE.test(text[k]!)) k++;
      const m = ELLIPSIS.exec(text.slice(k, k + 6));
      if (!m) break;
      end = k += m[0].length;
    }
    if (k >= to) break;
    quotes ??= matchQuotes(text, from, to);
    if (insideQuote(quotes, i, end)) {
      i = j - 1;
      continue;
    }
    let isEnd = false;
    if (run === '.' && !(text[i - 1] === '[' && text[j] === ']')) {
      const word = lastWord(text, from, i);
      const listMarker = i - word.length === from && /^\d{1,3}$/.test(word); // "1. Apples"
      isEnd = !listMarker && periodEnds(periodKind(word), text.slice(k, Math.min(to, k + 60)));
    } else if (!(run !== '?' && run !== '!' && trailsOff(text, from, i))) {
      isEnd =
        (/^[\p{Lu}\p{N}]/u.test(wordAt(text, k, to)) || QUOTE_OPEN.test(text[k]!)) &&
        !(QUOTE_CLOSE.test(text.slice(j, end)) && reportingClauseAt(text, k));
    }
    if (isEnd) ends.push(end);
    i = end - 1;
  }
  return ends;
}

/** An ellipsis after "of", "the", "to" … leaves words out of one sentence: "the governing of [...] Australia". */
function trailsOff(text: string, from: number, at: number): boolean {
  let p = text[at - 1] === '[' ? at - 1 : at;
  while (p > from && SPACE.test(text[p - 1]!)) p--;
  return CONNECTIVES.has(lastWord(text, from, p).toLowerCase());
}

function lastWord(text: string, from: number, to: number): string {
  let s = to;
  while (s > from && !SPACE.test(text[s - 1]!)) s--;
  return text.slice(s, to);
}
