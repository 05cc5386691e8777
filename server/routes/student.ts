import type { IRouter } from 'express';
import { answerLimiter, joinLimiter, type RateLimitStores } from '../http/limiters.ts';
import type { Store } from '../store/types.ts';
import { join, showJoin } from './student-join.ts';
import { requireStudent } from './student-context.ts';
import { classHome } from './student-class.ts';
import { showLesson, showSummary } from './student-lesson.ts';
import { answerQuestion, showQuestion } from './student-question.ts';
import { showFeedback } from './student-feedback.ts';

/** The student side, added to `router`: join with a code, then the class page and the lessons. */
export function studentRoutes(router: IRouter, store: Store, limitStores?: RateLimitStores): void {
  const joinLimit = joinLimiter(limitStores);
  const answerLimit = answerLimiter(limitStores);

  router.get('/', showJoin(store));
  router.post('/join', joinLimit, join(store));

  const student = requireStudent(store);
  router.get('/class', student, classHome(store));
  router.get('/play/:lessonId', student, showLesson(store));
  router.get('/play/:lessonId/summary', student, showSummary(store));
  router.get('/play/:lessonId/q/:n', student, showQuestion(store));
  router.post('/play/:lessonId/q/:n', student, answerLimit, answerQuestion(store));
  router.get('/play/:lessonId/q/:n/feedback', student, showFeedback(store));
}
