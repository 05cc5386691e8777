import { startsUpper, type Token } from '../../grammar/token.ts';
import type { Segment } from '../../types.ts';

/** Whether the article writes a word in lower case somewhere. */
export interface LowerCaseWords {
  has(lower: string): boolean;
}

// The first asks are answered by reading the sentences, the set of every word built only at the next one: building it
// (an entry for every word of the article) cost more than the few asks most articles make (seven for the seed
// article, one per sentence opening on a one-word name); after this many, the set keeps the cost linear.
const ASKS_BEFORE_SET = 12;

/**
 * Every word the article writes in lower case ("podcasts" in "… listen to podcasts"), lower-cased: a word it also
 * capitalises only to open a sentence ("Podcasts rely on …") is a common noun, not a name (People).
 */
export function lowerCaseWords(
  segments: readonly Segment[],
  tokens: readonly Token[][],
): LowerCaseWords {
  let asked = 0;
  let words: Set<string> | undefined;
  return {
    has(lower: string): boolean {
      if (!words && ++asked <= ASKS_BEFORE_SET) return writtenLower(segments, tokens, lower);
      words ??= allLowerCase(segments, tokens);
      return words.has(lower);
    },
  };
}

function writtenLower(segments: readonly Segment[], tokens: readonly Token[][], lower: string) {
  for (let s = 0; s < tokens.length; s++) {
    const text = segments[s]!.text;
    // (the word first: most are not it, and the comparison costs less than reading the capital)
    for (const t of tokens[s]!)
      if (t.lower === lower && t.pos !== 'PUNCT' && !startsUpper(text, t)) return true;
  }
  return false;
}

function allLowerCase(segments: readonly Segment[], tokens: readonly Token[][]): Set<string> {
  const words = new Set<string>();
  tokens.forEach((own, s) => {
    const text = segments[s]!.text;
    for (const t of own) if (t.pos !== 'PUNCT' && !startsUpper(text, t)) words.add(t.lower);
  });
  return words;
}
