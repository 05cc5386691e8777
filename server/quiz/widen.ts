import { joinable, type Word } from './words.ts';

const MAX_WIDENED = 4;
const MODIFIERS = new Set(['ADJ', 'ADV']);
const NOUNS = new Set(['NOUN', 'PROPN', 'NUM']);
const CONTENT = new Set([...MODIFIERS, ...NOUNS, 'VERB']);

/**
 * Widens a one-word range [a, b] of `words` into a phrase ("sweeping" → "sweeping policy overhaul"): the words
 * it modifies or the noun group it starts; failing that, a neighbouring content word, never "and" or "the",
 * which would read cut off. Words that are not `free` (inside a quote) are never taken. Longer ranges are kept.
 */
export function widen(
  text: string,
  words: Word[],
  [a, b]: [number, number],
  free: (w: Word) => boolean,
): [number, number] {
  if (a !== b) return [a, b];
  const fits = (i: number, j: number) => {
    const w = words[j];
    return (
      !!w &&
      CONTENT.has(w.pos) &&
      free(w) &&
      joinable(text, words[Math.min(i, j)]!, words[Math.max(i, j)]!)
    );
  };
  let end = b;
  while (end - a + 1 < MAX_WIDENED && fits(end, end + 1)) {
    const [last, next] = [words[end]!, words[end + 1]!];
    const continues =
      MODIFIERS.has(last.pos) ||
      (NOUNS.has(last.pos) && NOUNS.has(next.pos)) ||
      next.pos === 'VERB';
    if (!continues) break;
    end++;
    if (NOUNS.has(next.pos) && !NOUNS.has(words[end + 1]?.pos ?? '')) break;
  }
  if (end > b) return [a, end];
  if (fits(b, b + 1)) return [a, b + 1];
  if (fits(a, a - 1)) return [a - 1, b];
  return [a, b];
}
