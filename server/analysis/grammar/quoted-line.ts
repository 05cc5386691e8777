/**
 * "'Bang bang': UK mercenary charged with murdering colleagues gives evidence": a headline that opens with a quotation
 * set off by a colon leads with a line someone said, however short. `open` and `close` are the offsets of the
 * quotation's marks in the headline.
 */
export function opensWithQuotedLine(text: string, open: number, close: number): boolean {
  return text.slice(0, open).trim() === '' && text[close + 1] === ':';
}

/**
 * "Obama On Baltimore: 'This Is Not New'": a headline whose quotation is all that follows its colon, up to a closing
 * mark of the sentence, gives that line as someone's words too. `open` and `close` as above.
 */
export function closesWithQuotedLine(text: string, open: number, close: number): boolean {
  return /:\s*$/.test(text.slice(0, open)) && /^[\s.!?]*$/.test(text.slice(close + 1));
}
