import { CONNECTIVES } from '../lexicon/abbreviations.ts';
import { endsIncomplete, isFragment } from './fragment.ts';
import type { Range } from './paragraphs.ts';
import { periodEnds, periodKind, startsSentence, wordAt } from './words.ts';
import { LETTER_START, LOWER_START, spaceAt } from '../grammar/letters.ts';

const CLOSERS = /["'\u201d\u2019)\]*_]+$/;
const DASH_START = /^[-\u2013\u2014\u2022]/;

/**
 * True when paragraph `q` continues the sentence left unfinished at the end of paragraph `p` — a stray
 * paragraph break. That is so when `p` ends on a comma or dash and `q` does not open like a sentence (on a semicolon
 * only before lower case); when `p` has no closing punctuation and `q` starts in lower case (unless `p` does too: two
 * items of a list), or `p` stops on a word that needs more ("of", "the"; a verb or adjective by its part of speech)
 * and `q` neither opens like a sentence nor can stand as one (no finite verb, whereas a caption is followed by a
 * whole sentence); or when `p` ends on an abbreviation ("embedding U.S.") that `q` continues so.
 */
export function continues(text: string, p: Range, q: Range): boolean {
  const tail = text.slice(Math.max(p.start, p.end - 40), p.end);
  const next = wordAt(text, q.start, q.end);
  const lower = LOWER_START.test(next);
  const opensLikeSentence = !LETTER_START.test(next) || startsSentence(next);
  // (a paragraph cut short on a comma, then one that opens like a sentence, stays apart: "… help owners rebuild," then
  // "The governor noted …", Dragnet page on New Jersey's budget, blind round 946)
  if (/[,\u2013\u2014-]$/.test(tail)) return lower || !opensLikeSentence;
  // a semicolon closing a paragraph ends an item of a list set out one per line ("The measures include:" then
  // "Closing the border;" and "Recalling the envoy;"): each item is a sentence of its own, unless the next
  // paragraph goes on in lower case
  if (tail.endsWith(';')) return lower;
  const lastWord = finalWord(tail);
  if (/[\p{L}\p{N}]$/u.test(tail.replace(CLOSERS, ''))) {
    // (… but a paragraph that itself opens in lower case with no closing mark is an item of a list set out one per
    // line, as is the next: "the practice of forcing underage girls into arranged marriages" then "the
    // excommunications of hundreds of boys …", Dragnet round 1130)
    if (lower && LOWER_START.test(wordAt(text, p.start, p.end))) return false;
    if (lower) return true;
    if (opensLikeSentence || DASH_START.test(text[p.start]!)) return false;
    if (CONNECTIVES.has(lastWord.toLowerCase())) return true;
    // the short tail parses faster than the next paragraph's sentence, so it is asked first
    return endsIncomplete(text, p) && isFragment(text, q);
  }
  if (!/[^.]\.$/.test(tail)) return false;
  const kind = periodKind(lastWord.slice(0, -1));
  if (kind === 'word' || periodEnds(kind, text.slice(q.start, Math.min(q.end, q.start + 60)))) {
    return false;
  }
  return kind !== 'ambiguous' || lower || (!opensLikeSentence && isFragment(text, q));
}

// the word after the last space; '' when `s` ends in a space (a scan from the end, as a `$`-anchored regex is slow)
function finalWord(s: string): string {
  let i = s.length;
  while (i > 0 && !spaceAt(s, i - 1)) i--;
  return s.slice(i);
}
