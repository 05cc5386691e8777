import { trimEnd } from './trim-end.ts';

/** A quote for a prompt: long ones are cut after `maxWords` words, marked with an ellipsis. */
export function shortQuote(text: string, maxWords = 14): string {
  const words = trimEnd(text.trim()).split(/\s+/);
  return words.length <= maxWords ? words.join(' ') : `${words.slice(0, maxWords).join(' ')} …`;
}
