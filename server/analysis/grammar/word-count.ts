const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * How many words (runs of letters and digits) `text` holds between `start` and `end`: the length of
 * `text.slice(start, end).match(/[\p{L}\p{N}]+/gu)`, counted without making the array of words (it runs on every
 * sentence and every quotation). Plain ASCII is tested by its code; other characters by code point, as the pattern
 * reads them.
 */
export function countWords(text: string, start = 0, end = text.length): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    let word: boolean;
    if (c < 128) word = (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
    else {
      // a letter outside the basic plane is two UTF-16 units, one code point
      const pair = i + 1 < end && (text.codePointAt(i) ?? 0) > 0xffff;
      word = WORD_CHAR.test(text.slice(i, pair ? i + 2 : i + 1));
      if (pair) i++;
    }
    if (word && !inWord) n++;
    inWord = word;
  }
  return n;
}
