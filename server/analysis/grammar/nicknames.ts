import type { Token } from './token.ts';
import { UPPER_START } from './letters.ts';

// (a constant, made once: a pattern written inline is made anew on every call, and this runs for most names)
const QUOTE_MARK = /^["'‘’“”]$/;

/**
 * "Brian 'Head' Welch": a nickname in quote marks between a given name and the word at `i`, one space either side,
 * so that word is the surname all the same.
 */
export function nicknamed(text: string, tokens: Token[], i: number): boolean {
  const close = tokens[i - 1];
  const nick = tokens[i - 2];
  const open = tokens[i - 3];
  const given = tokens[i - 4];
  if (!close || !nick || !open || !given) return false;
  // (the places first: they turn away nearly every word, and cost less than the marks' tests)
  return (
    close.end + 1 === tokens[i]!.start &&
    open.end === nick.start &&
    nick.end === close.start &&
    given.end + 1 === open.start &&
    QUOTE_MARK.test(close.lower) &&
    QUOTE_MARK.test(open.lower) &&
    given.pos === 'PROPN' &&
    UPPER_START.test(text.slice(nick.start, nick.end))
  );
}
