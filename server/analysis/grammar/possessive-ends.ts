import { retagged, type Token } from './token.ts';

// the marks wink-nlp splits off a word's "’s" as it should: a closing quotation mark, a bracket, "!", "?", ";" and "…"
// (a full stop, a comma, a colon, a dash, a slash, an apostrophe … it keeps with the word)
const SPLIT_OFF = new Set(['"', '\u201d', ')', ']', '!', '?', ';', '\u2026']);
const LETTER = /\p{L}/u;
const WORD_CHAR = /[\s\p{L}\p{N}]/u;
// what wink-nlp reads in the mark's place: a mark it splits off with the ending, and one that ends a clause as most
// of the marks it stands for do
const STAND_IN = ';';

/** Whether the mark at `k` sits right after a word's "’s" or "'s" and wink-nlp would keep it with the word. */
function unsplitAfterEnding(text: string, k: number): boolean {
  const c = text[k]!;
  return !SPLIT_OFF.has(c) && !WORD_CHAR.test(c) && LETTER.test(text[k - 3] ?? '');
}

/**
 * The text as the tagger should read it: each mark glued after a word's "’s" that wink-nlp would keep with the word
 * ("compared his record with Trump’s.") stood in for by ";", one character for one so every offset stays. wink-nlp
 * reads "Trump’s." as "Trump’s" and "." and adds "Trump’s" whole to the words it knows, for the rest of the process:
 * every later "Trump’s" in that article, and in every article the process reads after it, then stayed one word, and
 * an article's speakers changed with the articles analysed before it (14 of 30 BASIL articles tokenised otherwise
 * after the other 270 had been read).
 */
export function shieldPossessiveEnds(text: string): string {
  let marks: number[] | null = null;
  // (indexOf over the text, not a pattern with a look-behind: this runs on every parse, and the pattern cost a
  // visible share of an analysis)
  for (const ending of ["'s", '\u2019s', "'S", '\u2019S'])
    for (let i = text.indexOf(ending); i >= 0; i = text.indexOf(ending, i + 2))
      if (i + 2 < text.length && unsplitAfterEnding(text, i + 2)) (marks ??= []).push(i + 2);
  if (!marks) return text;
  const chars = text.split('');
  for (const k of marks) chars[k] = STAND_IN;
  return chars.join('');
}

/** The tokens with each stand-in read back as the mark the text has there (`text`: the text before shielding). */
export function unshieldPossessiveEnds(tokens: Token[], shielded: string, text: string): Token[] {
  if (shielded === text) return tokens;
  return tokens.map((t) => {
    if (t.end - t.start !== 1 || shielded[t.start] === text[t.start]) return t;
    const mark = text[t.start]!;
    return retagged(t, t.pos, mark, mark);
  });
}
