import type { Request, Response } from 'express';
import type { Lesson, Store } from '../store/types.ts';
import {
  isValidResponse,
  scoreAnswer,
  shuffleChoices,
  MAX_OPEN_ANSWER,
  type Question,
} from '../quiz/index.ts';
import { httpError } from '../http/errors.ts';
import { WriteFailedError } from '../store/errors.ts';
import { assignedLesson, ctxOf, takesAnswers, type StudentContext } from './student-context.ts';
import { progressIn, questionAt, questionUrl } from './student-progress.ts';
import { pageKey, questionData } from './student-question-page.ts';
import { PagePieces } from '../http/page-pieces.ts';

/** Question pages kept ready (lessons × questions × orders of choices), about 2.5 KB each. */
const PAGES_KEPT = 2000;

// A closed class, or a lesson the teacher archived, takes no new answers; answers already given stay.
// Often met on "Next question" after the teacher closed it meanwhile: say so plainly, and one way on.
function refuseIfClosed(ctx: StudentContext, lesson: Lesson): void {
  const lessons = { href: '/class', text: 'Go to your lessons' };
  if (ctx.classroom.closed) {
    throw httpError(
      403,
      `Your teacher has closed the class "${ctx.classroom.name}", so it takes no more answers. The answers you gave are kept: you can look back at them from your lessons.`,
      lessons,
      'Your class is closed',
    );
  }
  if (lesson.archived) {
    throw httpError(
      403,
      `Your teacher has put the lesson "${lesson.title}" away, so it takes no more answers. The answers you gave are kept: you can look back at them from your lessons.`,
      lessons,
      'This lesson is closed',
    );
  }
}

function hintFor(question: Question): string {
  if (question.type === 'rewrite')
    return `Write your version of the sentence (up to ${MAX_OPEN_ANSWER} characters).`;
  return question.multiple
    ? 'Tick at least one of the phrases shown.'
    : 'Choose one of the answers shown.';
}

function renderQuestion(
  res: Response,
  status: number,
  ctx: StudentContext,
  lesson: Lesson,
  question: Question,
  n: number,
  extra: { errors: string[]; draft: string; answered: number },
) {
  res.status(status).render('question', {
    ...questionData(lesson, question, n, shuffleChoices(question, ctx.student.id)),
    ...extra,
  });
}

/** True when the student already has an answer to this question of this lesson (the first one stands). */
async function answered(
  store: Store,
  ctx: StudentContext,
  lesson: Lesson,
  question: Question,
): Promise<boolean> {
  const key = { studentId: ctx.student.id, lessonId: lesson.id, questionId: question.id };
  return (await store.findAnswer(key)) !== undefined;
}

function responseFrom(body: Record<string, unknown>, question: Question): string[] {
  const raw = body.answer;
  const list = (raw === undefined ? [] : Array.isArray(raw) ? raw : [raw]).filter(
    (x): x is string => typeof x === 'string',
  );
  return question.type === 'rewrite' ? list.map((x) => x.replace(/\r\n?/g, '\n').trim()) : list;
}

/** GET /play/:lessonId/q/:n — one question; an answered one goes straight to its feedback. */
export function showQuestion(store: Store) {
  const pages = new PagePieces(PAGES_KEPT);
  return async (req: Request, res: Response) => {
    const ctx = ctxOf(res);
    const lesson = await assignedLesson(store, ctx, req.params.lessonId);
    const { question, n } = questionAt(lesson, req.params.n);
    if (await answered(store, ctx, lesson, question)) {
      res.redirect(303, questionUrl(lesson.id, n, '/feedback'));
      return;
    }
    refuseIfClosed(ctx, lesson);
    const progress = await progressIn(store, ctx, lesson);
    const choices = shuffleChoices(question, ctx.student.id);
    pages.send(
      res,
      'question',
      pageKey(lesson, n, choices),
      () => ({ ...questionData(lesson, question, n, choices), errors: [], draft: '' }),
      { csrfToken: res.locals.csrfToken as string, answered: progress.answers.size },
    );
  };
}

/**
 * POST /play/:lessonId/q/:n — stores the first answer and redirects to its feedback only after the write.
 * The hidden `questionId` names the question, so an answer still lands right if the lesson was reordered.
 */
export function answerQuestion(store: Store) {
  return async (req: Request, res: Response) => {
    const ctx = ctxOf(res);
    const lesson = await assignedLesson(store, ctx, req.params.lessonId);
    questionAt(lesson, req.params.n);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const index = lesson.questions.findIndex((q) => q.id === body.questionId);
    const question = lesson.questions[index];
    if (!question)
      throw httpError(
        400,
        'That answer is for a question that is not part of this lesson. Go back to the lesson and try again.',
      );
    const n = index + 1;
    const feedback = questionUrl(lesson.id, n, '/feedback');
    const response = responseFrom(body, question);
    // An answered question goes to its feedback whatever was sent. recordAnswer tells that for a valid
    // answer in an open class and a lesson in use, so only the other cases ask the store first (one statement
    // less per answer).
    if (!takesAnswers(ctx, lesson) || !isValidResponse(question, response)) {
      if (await answered(store, ctx, lesson, question)) {
        res.redirect(303, `${feedback}?again=1`);
        return;
      }
      refuseIfClosed(ctx, lesson);
      const draft =
        question.type === 'rewrite' ? (response[0] ?? '').slice(0, MAX_OPEN_ANSWER) : '';
      const progress = await progressIn(store, ctx, lesson);
      renderQuestion(res, 400, ctx, lesson, question, n, {
        errors: [hintFor(question)],
        draft,
        answered: progress.answers.size,
      });
      return;
    }
    let result;
    try {
      result = await store.recordAnswer({
        classId: ctx.classroom.id,
        studentId: ctx.student.id,
        lessonId: lesson.id,
        questionId: question.id,
        response,
        correct: scoreAnswer(question, response),
      });
    } catch (err) {
      if (!(err instanceof WriteFailedError)) throw err;
      // Said plainly, so the student knows to answer again rather than believe it was kept.
      res.status(503).render('error', {
        title: 'Your answer was not saved',
        status: 503,
        message:
          'Byline could not save your answer, so it is not recorded. Go back and send it again in a moment; if this keeps happening, tell your teacher.',
      });
      return;
    }
    res.redirect(303, result.status === 'recorded' ? feedback : `${feedback}?again=1`);
  };
}
