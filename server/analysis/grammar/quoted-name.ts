import type { Token } from './token.ts';
import { isQuoteChar } from './phrases.ts';
import { UPPER_START } from './letters.ts';

// the words that join a quoted name to the phrase before it: "Anna Berg of “Voters First”", "a lawyer for “Fair Play”"
const LINKS = new Set(['of', 'for', 'at', 'from', 'with']);
const MAX_WORDS = 6;

/**
 * "Anna Berg of “Voters First”, a watchdog, said": when the quote mark at `close` ends a short quoted name joined to
 * the phrase before it by "of"/"for"/"at", the index of its opening mark, else -1. The name is part of the subject
 * (an organisation's name written in quotation marks), not a quotation that ends the subject.
 */
export function quotedNameOpen(tokens: Token[], text: string, close: number): number {
  if (!isQuoteChar(tokens[close]?.lower ?? '')) return -1;
  for (let o = close - 1; o >= 0 && close - o <= MAX_WORDS + 1; o--) {
    const t = tokens[o]!;
    if (isQuoteChar(t.lower)) {
      const first = tokens[o + 1];
      const named =
        o + 1 < close && !!first && UPPER_START.test(text.slice(first.start, first.end));
      return named && LINKS.has(tokens[o - 1]?.lower ?? '') ? o : -1;
    }
    // (a comma may close the name inside the marks: "of “Voters First,” a watchdog")
    if (t.pos === 'PUNCT' && !(o === close - 1 && t.lower === ',')) return -1;
  }
  return -1;
}

/** The closing mark of a quoted name whose opening mark is at `open` (see quotedNameOpen), else -1. */
export function quotedNameClose(tokens: Token[], text: string, open: number): number {
  for (let c = open + 1; c < tokens.length && c - open <= MAX_WORDS + 1; c++)
    if (isQuoteChar(tokens[c]!.lower)) return quotedNameOpen(tokens, text, c) === open ? c : -1;
  return -1;
}
