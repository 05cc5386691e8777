import type { Answer, Lesson, Store } from '../store/types.ts';
import type { Question } from '../quiz/index.ts';
import { httpError } from '../http/errors.ts';
import type { StudentContext } from './student-context.ts';

/** A student's answers to the lesson's current questions, by question id. */
export interface Progress {
  answers: Map<string, Answer>;
  /** 1-based number of the first question not yet answered, or null when all are. */
  nextOpen: number | null;
}

/**
 * Where one student stands in a lesson, from their answers (other lessons' answers may be mixed in);
 * answers to questions the lesson no longer has are ignored.
 */
export function progressFrom(lesson: Lesson, studentAnswers: readonly Answer[]): Progress {
  const current = new Set(lesson.questions.map((q) => q.id));
  const answers = new Map<string, Answer>();
  for (const a of studentAnswers)
    if (a.lessonId === lesson.id && current.has(a.questionId) && !answers.has(a.questionId))
      answers.set(a.questionId, a);
  const index = lesson.questions.findIndex((q) => !answers.has(q.id));
  return { answers, nextOpen: index === -1 ? null : index + 1 };
}

/** Where the signed-in student stands in a lesson. */
export async function progressIn(
  store: Store,
  ctx: StudentContext,
  lesson: Lesson,
): Promise<Progress> {
  return progressFrom(
    lesson,
    await store.listAnswers({ studentId: ctx.student.id, lessonId: lesson.id }),
  );
}

/** Where to go after a question: the next unanswered one after `n` (wrapping), or the summary. */
export function nextUrl(lesson: Lesson, progress: Progress, n: number): string {
  const qs = lesson.questions;
  for (let step = 1; step <= qs.length; step++) {
    const i = (n - 1 + step) % qs.length;
    if (!progress.answers.has(qs[i]!.id)) return questionUrl(lesson.id, i + 1);
  }
  return summaryUrl(lesson.id);
}

/** The question numbered `raw` (1-based, from the address), or a friendly 404 for the error handler. */
export function questionAt(lesson: Lesson, raw: unknown): { question: Question; n: number } {
  const n = typeof raw === 'string' && /^[1-9]\d{0,3}$/.test(raw) ? Number(raw) : NaN;
  const question = lesson.questions[n - 1];
  if (!question)
    throw httpError(
      404,
      'This lesson has no question with that number. Go back to the lesson to continue.',
    );
  return { question, n };
}

/** The address of question `n` (1-based) of a lesson. */
export function questionUrl(lessonId: string, n: number, suffix = ''): string {
  return `/play/${encodeURIComponent(lessonId)}/q/${n}${suffix}`;
}

/** The address of a lesson's summary page. */
export function summaryUrl(lessonId: string): string {
  return `/play/${encodeURIComponent(lessonId)}/summary`;
}

/** The display text of a stored response: choice texts, or the open answer itself. */
export function responseTexts(question: Question, response: readonly string[]): string[] {
  if (question.type === 'rewrite') return [...response];
  return response.map((id) => question.choices.find((c) => c.id === id)?.text ?? id);
}

/** The texts of the right choices, in the question's own order. */
export function correctTexts(question: Question): string[] {
  const correct: readonly string[] = question.correct;
  return question.choices.filter((c) => correct.includes(c.id)).map((c) => c.text);
}
