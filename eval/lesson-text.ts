import { repairPastedText } from '../server/lessons/pasted-text.ts';
import type { Gold } from './gold.ts';

// a single mark, as typed or as its Windows-1252 byte read as ISO-8859-1, that typed twice makes a double one
const SINGLE_MARK = /['`\u2018\u2019\u0091\u0092]/;

/**
 * For each offset of `raw` (0 … raw.length), its offset in `repaired`. The repairs either swap one character for one
 * (a Windows-1252 mark) or make two marks one (''…'' to “…”), and then both raw marks stand where the double one does.
 */
export function offsetMap(raw: string, repaired: string): number[] {
  const map: number[] = [];
  let j = 0;
  for (let i = 0; i < raw.length; i++) {
    map.push(j);
    const pair =
      /[\u201C\u201D]/.test(repaired[j] ?? '') &&
      SINGLE_MARK.test(raw[i]!) &&
      SINGLE_MARK.test(raw[i + 1] ?? '');
    if (pair) {
      map.push(j);
      i++;
    }
    j++;
  }
  map.push(j);
  return map;
}

/**
 * An article as a lesson stores it (lessons/pasted-text.ts), with its gold offsets moved onto that text: the figures
 * then measure what a student is shown, and gold made on the file as published stays as it was labelled.
 */
export function asLessonText(raw: string, gold: Gold): { text: string; gold: Gold } {
  const text = repairPastedText(raw);
  if (text.length === raw.length) return { text, gold };
  const map = offsetMap(raw, text);
  const at = (offset: number): number => map[offset]!;
  return {
    text,
    gold: {
      ...gold,
      sentences: gold.sentences.map((s) => ({
        ...s,
        start: at(s.start),
        end: at(s.end),
        quotes: s.quotes.map((q) => ({ ...q, start: at(q.start), end: at(q.end) })),
      })),
    },
  };
}
