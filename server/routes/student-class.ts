import type { Request, Response } from 'express';
import type { Store } from '../store/types.ts';
import { ctxOf } from './student-context.ts';
import { progressFrom } from './student-progress.ts';

/**
 * GET /class — the lessons assigned to the student's class, with how far they got in each. An archived lesson is
 * not offered to start; a student who answered some of it still finds it, to look back at those answers.
 */
export function classHome(store: Store) {
  return async (_req: Request, res: Response) => {
    const ctx = ctxOf(res);
    const answers = await store.listAnswers({ studentId: ctx.student.id });
    const lessons = [];
    for (const id of ctx.classroom.lessonIds) {
      const lesson = await store.getLesson(id);
      if (!lesson || !lesson.published) continue;
      const done = progressFrom(lesson, answers).answers.size;
      const archived = lesson.archived === true;
      if (archived && done === 0) continue;
      lessons.push({
        id: lesson.id,
        title: lesson.title,
        total: lesson.questions.length,
        done,
        archived,
      });
    }
    res.render('class', {
      title: ctx.classroom.name,
      student: ctx.student,
      classroom: ctx.classroom,
      lessons,
    });
  };
}
