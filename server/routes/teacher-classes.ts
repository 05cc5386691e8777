import type { Request, Response } from 'express';
import { z } from 'zod';
import { httpError } from '../http/errors.ts';
import type { Clock } from '../http/clock.ts';
import type { Store } from '../store/types.ts';
import { loadClass, loadLesson } from './teacher-load.ts';
import { joinUrls } from './teacher-urls.ts';
import { distinctNames } from './teacher-student-names.ts';

const lessonField = z.object({
  lessonId: z.string({ error: 'Pick a lesson.' }).min(1, 'Pick a lesson.').max(64),
});

/** A class's page and everything done to a class: lessons, opening and closing. */
export function classHandlers(store: Store, clock: Clock) {
  return {
    async show(req: Request, res: Response): Promise<void> {
      const classroom = await loadClass(store, req.params.id);
      const [lessons, students, answers] = await Promise.all([
        store.listLessons(),
        store.listStudents(classroom.id).then((all) => distinctNames(all, clock)),
        store.listAnswers({ classId: classroom.id }),
      ]);
      const answerCounts: Record<string, number> = {};
      for (const a of answers) answerCounts[a.lessonId] = (answerCounts[a.lessonId] ?? 0) + 1;
      res.render('teacher/class', {
        title: classroom.name,
        classroom,
        joinUrls: joinUrls(req, classroom.code),
        assigned: classroom.lessonIds.flatMap((id) => lessons.filter((l) => l.id === id)),
        available: lessons.filter((l) => !l.archived && !classroom.lessonIds.includes(l.id)),
        students,
        answerCounts,
      });
    },

    async assign(req: Request, res: Response): Promise<void> {
      const classroom = await loadClass(store, req.params.id);
      const form = lessonField.safeParse(req.body ?? {});
      if (!form.success) throw httpError(400, 'Pick a lesson to assign, then press "Assign".');
      const lesson = await loadLesson(store, form.data.lessonId);
      if (!classroom.lessonIds.includes(lesson.id)) {
        await store.updateClass(classroom.id, { lessonIds: [...classroom.lessonIds, lesson.id] });
      }
      res.redirect(303, `/teacher/classes/${classroom.id}`);
    },

    async unassign(req: Request, res: Response): Promise<void> {
      const classroom = await loadClass(store, req.params.id);
      // Answers already given stay stored; the lesson is only hidden from the class.
      const lessonIds = classroom.lessonIds.filter((id) => id !== req.params.lessonId);
      await store.updateClass(classroom.id, { lessonIds });
      res.redirect(303, `/teacher/classes/${classroom.id}`);
    },

    /** GET /teacher/classes/:id/close — asks first: closing stops a lesson in progress. */
    async confirmClose(req: Request, res: Response): Promise<void> {
      const classroom = await loadClass(store, req.params.id);
      const [students, answers] = await Promise.all([
        store.listStudents(classroom.id),
        store.listAnswers({ classId: classroom.id }),
      ]);
      res.render('teacher/class-close', {
        title: `Close ${classroom.name}?`,
        classroom,
        students: students.length,
        answers: answers.length,
      });
    },

    setClosed(closed: boolean) {
      return async (req: Request, res: Response): Promise<void> => {
        const classroom = await loadClass(store, req.params.id);
        // Closing stops a lesson in progress, so only the confirmation page's "Yes, close" does it.
        if (closed && (req.body as Record<string, unknown> | undefined)?.confirm !== 'yes') {
          throw httpError(
            400,
            `Not closed: closing “${classroom.name}” stops students answering, so it asks you first. Open the confirmation page and press “Yes, close the class”.`,
            {
              href: `/teacher/classes/${encodeURIComponent(classroom.id)}/close`,
              text: 'Go to the confirmation page',
            },
          );
        }
        await store.updateClass(classroom.id, { closed });
        res.redirect(303, `/teacher/classes/${classroom.id}`);
      };
    },
  };
}
