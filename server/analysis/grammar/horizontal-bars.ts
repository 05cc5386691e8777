/**
 * The text with each horizontal bar (U+2015) read as the em dash it stands for, one character for one so every offset
 * stays: HuffPost sets asides off with "―" ("Asked for her reaction … ― the new congresswoman vowed to … ― Pelosi
 * said it was a free speech issue", BASIL round 1800), and the rules read an aside's marks as dashes only when they
 * are "—" or "–", so "Pelosi said" was read inside the aside and the sentence left a fact.
 */
export function readHorizontalBars(text: string): string {
  return text.includes('\u2015') ? text.replaceAll('\u2015', '\u2014') : text;
}
