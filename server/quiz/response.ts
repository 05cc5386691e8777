import type { Question } from './types.ts';

/** Longest open answer kept, in characters. */
export const MAX_OPEN_ANSWER = 2000;

/** A response that does not fit its question: unknown choice ids, none or several for a single choice, an empty open answer. */
export class InvalidResponseError extends Error {
  /** For Express's error handler: a bad answer is the client's mistake. */
  readonly status = 400;
  constructor(question: Question, response: unknown) {
    super(
      `quiz: invalid response ${JSON.stringify(response)?.slice(0, 200)} to ${question.type} question "${question.id}"`,
    );
    this.name = 'InvalidResponseError';
  }
}

/**
 * True when `response` can be scored against the question: for choice questions, choice ids of this question
 * without repeats (exactly one unless `multiple`, at least one if it is); for a rewrite, one non-blank text of
 * at most MAX_OPEN_ANSWER characters. Routes use it to answer 400 before anything is stored.
 */
export function isValidResponse(question: Question, response: unknown): response is string[] {
  if (!Array.isArray(response) || !response.every((r) => typeof r === 'string')) return false;
  if (question.type === 'rewrite') {
    return (
      response.length === 1 && response[0]!.trim() !== '' && response[0]!.length <= MAX_OPEN_ANSWER
    );
  }
  const ids = new Set(question.choices.map((c) => c.id));
  const count = question.multiple ? response.length >= 1 : response.length === 1;
  return count && new Set(response).size === response.length && response.every((r) => ids.has(r));
}
