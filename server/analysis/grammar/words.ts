import type { Span } from '../types.ts';
import { textTokens } from './tokens.ts';

/** A word of a sentence with its offsets and part of speech (universal tags: NOUN, ADJ, …). */
export interface Word extends Span {
  text: string;
  pos: string;
}

const WORDLIKE = /[\p{L}\p{N}]/u;

/**
 * The words of a sentence in order, read from the analysis's tokens (punctuation and symbols left out; "Trump’s" is
 * "Trump" and "’s"). A token wink-nlp normalised so that it has no place in the text is left out too.
 */
export function sentenceWords(text: string): Word[] {
  const words: Word[] = [];
  for (const t of textTokens(text)) {
    if (t.end <= t.start || t.pos === 'PUNCT' || t.pos === 'SYM' || t.pos === 'SPACE') continue;
    const value = text.slice(t.start, t.end);
    if (WORDLIKE.test(value)) words.push({ text: value, start: t.start, end: t.end, pos: t.pos });
  }
  return words;
}
