import type { Request, Response } from 'express';
import { slug } from '../quiz/choice-id.ts';
import { exportRows, toCsv } from '../reports/index.ts';
import type { Clock } from '../http/clock.ts';
import type { Answer, Classroom, Store } from '../store/types.ts';
import { loadClass, loadLesson } from './teacher-load.ts';
import { distinctNames } from './teacher-student-names.ts';

// A name with no Latin letters or digits still needs something between the dashes of the file name.
const fileSlug = (text: string): string => slug(text) || 'class';

async function sendCsv(
  store: Store,
  clock: Clock,
  res: Response,
  classroom: Classroom,
  answers: Answer[],
  name: string,
): Promise<void> {
  const [lessons, students] = await Promise.all([
    store.listLessons(),
    store.listStudents(classroom.id).then((all) => distinctNames(all, clock)),
  ]);
  res.set('Content-Type', 'text/csv; charset=utf-8');
  res.set('Content-Disposition', `attachment; filename="byline-${name}-answers.csv"`);
  res.set('Cache-Control', 'no-store');
  // The byte-order mark makes spreadsheet programs read the file as UTF-8 (accented names).
  res.send('\uFEFF' + toCsv(exportRows(classroom, lessons, students, answers, clock)));
}

/** CSV downloads: every answer of a class, or of one lesson in a class. */
export function exportHandlers(store: Store, clock: Clock) {
  return {
    async classCsv(req: Request, res: Response): Promise<void> {
      const classroom = await loadClass(store, req.params.id);
      await sendCsv(
        store,
        clock,
        res,
        classroom,
        await store.listAnswers({ classId: classroom.id }),
        fileSlug(classroom.name),
      );
    },

    async lessonCsv(req: Request, res: Response): Promise<void> {
      const classroom = await loadClass(store, req.params.id);
      const lesson = await loadLesson(store, req.params.lessonId);
      const answers = await store.listAnswers({ classId: classroom.id, lessonId: lesson.id });
      await sendCsv(
        store,
        clock,
        res,
        classroom,
        answers,
        `${fileSlug(classroom.name)}-${fileSlug(lesson.title)}`,
      );
    },
  };
}
