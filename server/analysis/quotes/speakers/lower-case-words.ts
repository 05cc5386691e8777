import { startsUpper, type Token } from '../../grammar/token.ts';
import type { Segment } from '../../types.ts';

/**
 * Every word the article writes in lower case ("podcasts" in "… listen to podcasts"), lower-cased: a word it also
 * capitalises only to open a sentence ("Podcasts rely on …") is a common noun, not a name (People).
 */
export function lowerCaseWords(
  segments: readonly Segment[],
  tokens: readonly Token[][],
): Set<string> {
  const words = new Set<string>();
  tokens.forEach((own, s) => {
    const text = segments[s]!.text;
    for (const t of own) if (t.pos !== 'PUNCT' && !startsUpper(text, t)) words.add(t.lower);
  });
  return words;
}
