// some wire copy types the apostrophe with the double mark's key: `Turkey"s standoff`, `Japan"s protected markets`,
// `isn"t`, `I"m` (Reuters-21578, rounds 1187 and 1192), also after a year: `1974"s United States v. Nixon` (WMT news
// test set, round 1725)
const ENDINGS = String.raw`(?:s|t|m|ll|re|ve|d)(?!\p{L})`;
const WIRE_APOSTROPHE = new RegExp(String.raw`(?<=\p{L}|\d{4})"(?=${ENDINGS})`, 'gu');
const ENDING = new RegExp(String.raw`^${ENDINGS}`, 'u');
const LETTER = /\p{L}/u;
const YEAR = /\d{4}$/;

/** Whether the `"` at `i` stands between a word's letters (or a year) and a possessive's or a contraction's ending. */
export function isWireApostrophe(text: string, i: number): boolean {
  const before = LETTER.test(text[i - 1] ?? '') || YEAR.test(text.slice(Math.max(0, i - 4), i));
  return before && ENDING.test(text.slice(i + 1, i + 4));
}

/**
 * The text with such marks read as the apostrophes they are, one character for one so every offset stays where it
 * was: the tagger had read `Turkey"s` as a name, a quotation mark and a word, and the quotation ran on to the next
 * mark sentences later.
 */
export function readWireApostrophes(text: string): string {
  return text.includes('"') ? text.replace(WIRE_APOSTROPHE, "'") : text;
}
