import { newId } from './ids.ts';
import type { Answer, NewAnswer } from './types.ts';

/**
 * The stored record of a new answer, the same in every store: a fresh id, the time, and only the fields an
 * answer has (a caller's object may carry more), with its own copy of the response.
 */
export function answerRecord(input: NewAnswer, answeredAt: string): Answer {
  return {
    id: newId(),
    classId: input.classId,
    studentId: input.studentId,
    lessonId: input.lessonId,
    questionId: input.questionId,
    response: [...input.response],
    correct: input.correct,
    answeredAt,
  };
}
