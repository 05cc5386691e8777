import { curlTypewriterQuotes } from './typewriter-quotes.ts';
import { repairWindows1252 } from './windows-1252.ts';

/**
 * The text a lesson keeps of an article as it arrived: quotation marks read with the wrong encoding somewhere before
 * the paste, or typed as two single marks, would hide every quote from the analyzer.
 */
export function repairPastedText(text: string): string {
  return curlTypewriterQuotes(repairWindows1252(text));
}
