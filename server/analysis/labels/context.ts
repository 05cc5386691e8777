import type { Token } from '../grammar/token.ts';
import type { Quote } from '../types.ts';
import type { SentenceEvidence } from './evidence.ts';

/** One sentence as every feature reads it: its evidence, its words outside quotes and its place in the article. */
export interface SentenceContext {
  e: SentenceEvidence;
  /** Tokens outside quotes that are words (no punctuation, symbols or spaces): the writer's own wording. */
  words: Token[];
  /** How many such words, at least 1 so that shares never divide by zero. */
  wordCount: number;
  /** True for the article's first body sentence. */
  first: boolean;
  /** Where in the article (0–1). */
  relative: number;
  prev: SentenceEvidence | undefined;
  next: SentenceEvidence | undefined;
}

function insideQuote(t: Token, quotes: readonly Quote[]): boolean {
  return quotes.some((q) => t.start >= q.start && t.end <= q.end);
}

/**
 * The context of each sentence of one article (or of unrelated lines, when `article` is false: no neighbours, first
 * sentence or position, which then read as 0).
 */
export function sentenceContexts(
  all: readonly SentenceEvidence[],
  article: boolean,
): SentenceContext[] {
  const firstBody = article ? all.findIndex((e) => e.segment.kind === 'body') : -1;
  return all.map((e, i) => {
    const words = e.tokens.filter(
      (t) => !insideQuote(t, e.quotes) && t.pos !== 'PUNCT' && t.pos !== 'SYM' && t.pos !== 'SPACE',
    );
    return {
      e,
      words,
      wordCount: Math.max(1, words.length),
      first: article && i === firstBody,
      relative: article && all.length > 1 ? i / (all.length - 1) : 0,
      prev: article ? all[i - 1] : undefined,
      next: article ? all[i + 1] : undefined,
    };
  });
}
