import { Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { Config } from '../config.ts';
import type { Store } from '../store/types.ts';
import { join, showJoin } from './student-join.ts';
import { requireStudent } from './student-context.ts';
import { classHome } from './student-class.ts';
import { showLesson, showSummary } from './student-lesson.ts';
import { answerQuestion, showQuestion } from './student-question.ts';
import { showFeedback } from './student-feedback.ts';

/** The student side: join with a code, then the class page and the lessons. */
export function studentRouter(store: Store, _config: Config): Router {
  const router = Router();
  // A whole class often shares one school IP, so the limit only stops scripted floods.
  const joinLimit = rateLimit({
    windowMs: 60_000,
    limit: 300,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
  });

  router.get('/', showJoin(store));
  router.post('/join', joinLimit, join(store));

  const student = requireStudent(store);
  router.get('/class', student, classHome(store));
  router.get('/play/:lessonId', student, showLesson(store));
  router.get('/play/:lessonId/summary', student, showSummary(store));
  router.get('/play/:lessonId/q/:n', student, showQuestion(store));
  router.post('/play/:lessonId/q/:n', student, answerQuestion(store));
  router.get('/play/:lessonId/q/:n/feedback', student, showFeedback(store));
  return router;
}
