import type { Request, Response } from 'express';
import { exportRows } from '../reports/index.ts';
import type { Clock } from '../http/clock.ts';
import type { Answer, Classroom, Store } from '../store/types.ts';
import { downloadCsv, fileSlug } from './download.ts';
import { loadClass, loadLesson } from './teacher-load.ts';
import { distinctNames } from './teacher-student-names.ts';

// a lesson's title falls back to 'class' too here, as it always has in these file names
const nameSlug = (text: string): string => fileSlug(text, 'class');

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
  downloadCsv(
    res,
    `byline-${name}-answers.csv`,
    exportRows(classroom, lessons, students, answers, clock),
  );
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
        nameSlug(classroom.name),
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
        `${nameSlug(classroom.name)}-${nameSlug(lesson.title)}`,
      );
    },
  };
}
