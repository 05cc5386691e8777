import { insideQuote, matchQuotes } from './segment-quotes.ts';
import { periodEnds, periodKind, reportingClauseAt, wordAt } from './segment-words.ts';

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
    const next = wordAt(text, k, to);
    const nextIsQuote = QUOTE_OPEN.test(text[k]!);
    let isEnd = false;
    if (run === '.' && !(text[i - 1] === '[' && text[j] === ']')) {
      isEnd = periodEnds(periodKind(lastWord(text, from, i)), next, nextIsQuote);
    } else {
      isEnd =
        (/^[\p{Lu}\p{N}]/u.test(next) || nextIsQuote) &&
        !(QUOTE_CLOSE.test(text.slice(j, end)) && reportingClauseAt(text, k));
    }
    if (isEnd) ends.push(end);
    i = end - 1;
  }
  return ends;
}

function lastWord(text: string, from: number, to: number): string {
  let s = to;
  while (s > from && !SPACE.test(text[s - 1]!)) s--;
  return text.slice(s, to);
}
