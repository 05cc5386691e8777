import type { Token } from './framing-tokens.ts';
import type { Evidence } from './types.ts';

// Function words and verbs only: a capitalised noun or name is an acronym (NHS, COVID), not emphasis.
const EMPHASISABLE = new Set([
  'PART',
  'ADV',
  'AUX',
  'VERB',
  'DET',
  'PRON',
  'ADP',
  'SCONJ',
  'CCONJ',
]);

/**
 * Typographic emphasis: a word set in capitals in a lower-case sentence ("is NOT a measure") is the writer
 * raising their voice. A headline set all in capitals has no such contrast, so it is skipped.
 */
export function emphasisCues(
  text: string,
  tokens: Token[],
  masked: (start: number, end: number) => boolean,
): Evidence[] {
  const words = tokens.map((t) => text.slice(t.start, t.end)).filter((w) => /\p{L}{2}/u.test(w));
  const capitals = (w: string | undefined): boolean => !!w && /^\p{Lu}{2,}$/u.test(w);
  if (words.filter(capitals).length * 2 >= words.length) return [];
  return tokens.flatMap((t, i) => {
    const word = text.slice(t.start, t.end);
    const next = tokens[i + 1];
    // "NT News": capitals before a capitalised word are part of a name.
    const named = next !== undefined && /^\p{Lu}/u.test(text.slice(next.start, next.end));
    if (!EMPHASISABLE.has(t.pos) || !capitals(word) || named || masked(t.start, t.end)) return [];
    return [{ text: word, start: t.start, end: t.end, cue: 'loaded' as const }];
  });
}
