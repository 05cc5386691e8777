// a mark pair that opens: at the start, after a space or an opening bracket or dash, with a word after it
const OPENING_PAIR = /(^|[\s([{\u2014\u2013-])''(?=[\p{L}\p{N}])/gmu;

/**
 * Quotation marks typed as two single marks made one: ``…'' (as some wire feeds print AP copy), ''…'' and ‘‘…’’
 * (Windows-1252 copy, lessons/windows-1252.ts). To the analyzer a single mark beside another is an apostrophe or a
 * quotation inside a quotation, so ``We will win,'' said Lee had no speech in it; with “ and ” it has. Run on a lesson's
 * text before it is analysed, so offsets are into the text as stored.
 */
export function curlTypewriterQuotes(text: string): string {
  if (!/``|''|\u2018\u2018|\u2019\u2019/.test(text)) return text;
  return text
    .replace(/``|\u2018\u2018/g, '\u201C')
    .replace(/\u2019\u2019/g, '\u201D')
    .replace(OPENING_PAIR, '$1\u201C')
    .replace(/''/g, '\u201D');
}
