// some wire copy types the apostrophe with the double mark's key: `Turkey"s standoff`, `Japan"s protected markets`,
// `isn"t` (Reuters-21578, rounds 1187 and 1192)
const WIRE_APOSTROPHE = /(?<=\p{L})"(?=(?:s|t|ll|re|ve|d)(?!\p{L}))/gu;
const ENDING = /^(?:s|t|ll|re|ve|d)(?!\p{L})/u;
const LETTER = /\p{L}/u;

/** Whether the `"` at `i` stands between a word's letters and a possessive's or a contraction's ending. */
export function isWireApostrophe(text: string, i: number): boolean {
  return LETTER.test(text[i - 1] ?? '') && ENDING.test(text.slice(i + 1, i + 4));
}

/**
 * The text with such marks read as the apostrophes they are, one character for one so every offset stays where it
 * was: the tagger had read `Turkey"s` as a name, a quotation mark and a word, and the quotation ran on to the next
 * mark sentences later.
 */
export function readWireApostrophes(text: string): string {
  return text.includes('"') ? text.replace(WIRE_APOSTROPHE, "'") : text;
}
