import { InvalidResponseError, isValidResponse } from './response.ts';
import type { Question } from './types.ts';

const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x) => b.includes(x));

/**
 * Whether the response is right: true or false for choice questions (spot-framing needs exactly the set of
 * loaded phrases), null for a rewrite, which the teacher reads. Throws InvalidResponseError (status 400)
 * when `isValidResponse` would say no, so an unknown choice id is never recorded as a plain wrong answer.
 */
export function scoreAnswer(question: Question, response: readonly string[]): boolean | null {
  if (!isValidResponse(question, response)) throw new InvalidResponseError(question, response);
  switch (question.type) {
    case 'classify':
    case 'speaker':
    case 'source-kind':
    case 'quote-type':
      return response[0] === question.correct[0];
    case 'spot-framing':
      return sameSet(response, question.correct);
    case 'rewrite':
      return null;
    default: {
      const unknown: never = question;
      throw new Error(`quiz: unknown question type ${JSON.stringify(unknown)}`);
    }
  }
}
