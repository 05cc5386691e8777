import { CONNECTIVES } from '../lexicon/abbreviations.ts';
import type { Range } from './paragraphs.ts';

const OPEN_END = /[\p{L}\p{N}]["'\u201d\u2019)\]*_]*$/u;
const MAX_CAPTION_WORDS = 60;
// "– USCG dispatcher, CNN" under a block quote, or a list item: not a picture's caption.
const NOT_CAPTION = /^(?:[-\u2013\u2014\u2022]|[*+]\s|\d{1,3}[.)]\s)/;

/**
 * True when a paragraph is an image caption: a short single sentence with no closing punctuation that is not
 * the article's last paragraph (a final sentence may just have lost its stop), does not open with a dash or
 * list mark (a quotation's attribution line, a list item) and does not stop on a word such as "of" or "to"
 * (a sentence cut short).
 */
export function isCaption(text: string, unit: Range, sentences: number, last: boolean): boolean {
  if (last || sentences !== 1) return false;
  const body = text.slice(unit.start, unit.end);
  if (NOT_CAPTION.test(body) || !OPEN_END.test(body.slice(-8))) return false;
  const words = body.split(/\s+/);
  return (
    words.length <= MAX_CAPTION_WORDS && !CONNECTIVES.has(words[words.length - 1]!.toLowerCase())
  );
}
