/**
 * Sentences per review page. One form per page keeps each save well under the form parser's
 * 1,000-field limit, however long the article (each sentence sends up to 2 + 2 × quotes fields).
 */
export const REVIEW_PAGE_SIZE = 50;

export interface ReviewPage {
  page: number;
  pages: number;
  /** Sentence positions on this page, end exclusive. */
  start: number;
  end: number;
}

/** The review page asked for (1-based), clamped to the pages that exist; junk means page 1. */
export function reviewPage(sentenceCount: number, raw: unknown): ReviewPage {
  const pages = Math.max(1, Math.ceil(sentenceCount / REVIEW_PAGE_SIZE));
  const asked = typeof raw === 'string' && /^\d{1,6}$/.test(raw) ? Number(raw) : 1;
  const page = Math.min(Math.max(asked, 1), pages);
  const start = (page - 1) * REVIEW_PAGE_SIZE;
  return { page, pages, start, end: Math.min(start + REVIEW_PAGE_SIZE, sentenceCount) };
}
