import type { Token } from '../../grammar/token.ts';
import { UPPER_START } from '../../grammar/letters.ts';

// small words a body's initials leave out ("Commission on Human Rights" is CHR)
const SKIPPED = new Set(['of', 'the', 'for', 'and', '&', 'on', 'in', 'de']);
const ACRONYM = /^\p{Lu}{2,7}$/u;
// a possessive mark the parse splits from its word ("Bankers'", "Children's")
const POSSESSIVE = /^['’]s?$/;

/** Whether a lower-case word may join two capitalised words inside one body's name ("Association of Athletics"). */
export function isNameJoiner(word: string): boolean {
  return SKIPPED.has(word) && word !== 'the';
}

/** The initials of capitalised words, small joining words left out ("World Health Organization" → "WHO"). */
function initials(words: string[]): string {
  return words
    .filter((w) => !SKIPPED.has(w.toLowerCase()) && !POSSESSIVE.test(w))
    .map((w) => w[0]!)
    .join('');
}

/**
 * The initials a run of capitalised words would be shortened to ("British Airways" → "BA"), or null for a run of fewer
 * than two such words, which no acronym is drawn from.
 */
export function initialsOfRun(words: string[]): string | null {
  const kept = words.filter((w) => !SKIPPED.has(w.toLowerCase()));
  if (kept.length < 2 || kept.length > 7 || !kept.every((w) => UPPER_START.test(w))) return null;
  return initials(kept);
}

/**
 * Whether the acronym is made of the words' leading letters, each word giving one letter or more in order: "Tokyo
 * Electric Power Company" is TEPCO (the last word gives two). Two words at least, so one word's first letters
 * ("Company" for CO) never pass for a name's initials.
 */
function fromLeadingLetters(acronym: string, words: string[]): boolean {
  const kept = words
    .filter((w) => !SKIPPED.has(w.toLowerCase()) && !POSSESSIVE.test(w))
    .map((w) => w.toUpperCase());
  if (kept.length < 2 || kept.length >= acronym.length) return false;
  // (at most seven letters and eight words: the search backtracks over a handful of splits)
  const match = (a: number, w: number): boolean => {
    if (w === kept.length) return a === acronym.length;
    const word = kept[w]!;
    for (let n = 1; n <= word.length && a + n <= acronym.length; n++) {
      if (word[n - 1] !== acronym[a + n - 1]) break;
      if (match(a + n, w + 1)) return true;
    }
    return false;
  };
  return match(0, 0);
}

/** Whether a word opens with a capital letter or is a small joining word inside a name. */
function nameWord(word: string): boolean {
  return UPPER_START.test(word) || SKIPPED.has(word.toLowerCase());
}

/** The capitalised words right before `at` whose initials (or leading letters) spell the acronym, or null. */
function nameBefore(tokens: Token[], text: string, at: number, acronym: string): string | null {
  const word = (k: number) => text.slice(tokens[k]!.start, tokens[k]!.end);
  const words: string[] = [];
  // ("the British Bankers' Association (BBA)": a plural's possessive mark inside the name is stepped over)
  for (
    let k = at - 1;
    k >= 0 && words.length < 8 && (nameWord(word(k)) || POSSESSIVE.test(word(k)));
    k--
  ) {
    words.unshift(word(k));
    if (
      UPPER_START.test(words[0]!) &&
      (initials(words) === acronym || fromLeadingLetters(acronym, words))
    )
      return text.slice(tokens[k]!.start, tokens[at - 1]!.end);
  }
  return null;
}

/**
 * The acronyms a sentence defines in brackets, each with the name it stands for: "the World Health Organization
 * (WHO)" and "AEW (All Elite Wrestling)" both give [acronym, name], and so does ", or WHO,". Only these are looked at,
 * and only when the initials (or leading letters) of the capitalised words match the acronym.
 */
export function acronymsIn(tokens: Token[], text: string): [string, string][] {
  const found: [string, string][] = [];
  const word = (k: number) => text.slice(tokens[k]!.start, tokens[k]!.end);
  for (let open = 1; open < tokens.length - 2; open++) {
    // "the Harbour Electric Power Company, or HEPCO,": a comma and "or" introduce the short form like a bracket
    if (
      tokens[open]!.lower === ',' &&
      tokens[open + 1]!.lower === 'or' &&
      ACRONYM.test(word(open + 2)) &&
      [',', '.', ';', ')'].includes(tokens[open + 3]?.lower ?? '.')
    ) {
      const name = nameBefore(tokens, text, open, word(open + 2));
      if (name) found.push([word(open + 2), name]);
      continue;
    }
    if (tokens[open]!.lower !== '(') continue;
    let close = open + 1;
    while (close < tokens.length && close - open <= 8 && tokens[close]!.lower !== ')') close++;
    if (tokens[close]?.lower !== ')') continue;
    const inside = tokens.slice(open + 1, close).map((_, k) => word(open + 1 + k));
    // "… Organization (WHO)": the acronym in brackets, the name before them
    if (inside.length === 1 && ACRONYM.test(inside[0]!)) {
      const name = nameBefore(tokens, text, open, inside[0]!);
      if (name) found.push([inside[0]!, name]);
      continue;
    }
    // "AEW (All Elite Wrestling)": the acronym before the brackets, the name inside them
    const before = word(open - 1);
    if (ACRONYM.test(before) && inside.every(nameWord) && initials(inside) === before)
      found.push([before, text.slice(tokens[open + 1]!.start, tokens[close - 1]!.end)]);
  }
  return found;
}
