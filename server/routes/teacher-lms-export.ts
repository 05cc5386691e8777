import type { Request, Response } from 'express';
import { giftDocument, moodleXml, studentSummaryRows } from '../reports/index.ts';
import type { Clock } from '../http/clock.ts';
import type { Question } from '../quiz/types.ts';
import type { Store } from '../store/types.ts';
import { download, downloadCsv, fileSlug } from './download.ts';
import { loadClass, loadLesson } from './teacher-load.ts';

/** A lesson's questions for Moodle (XML and GIFT), and a class's one-row-per-student summary of a lesson. */
export function lmsExportHandlers(store: Store, clock: Clock) {
  // the two question formats differ only in their type, their file name's ending and how they are written
  const questionFile =
    (
      type: string,
      ending: string,
      render: (title: string, questions: readonly Question[]) => string,
    ) =>
    async (req: Request, res: Response): Promise<void> => {
      const lesson = await loadLesson(store, req.params.id);
      const name = fileSlug(lesson.title, 'lesson');
      download(res, type, `byline-${name}${ending}`, render(lesson.title, lesson.questions));
    };

  return {
    moodle: questionFile('application/xml', '-moodle.xml', moodleXml),
    gift: questionFile('text/plain', '.gift.txt', giftDocument),

    async studentSummary(req: Request, res: Response): Promise<void> {
      const classroom = await loadClass(store, req.params.id);
      const lesson = await loadLesson(store, req.params.lessonId);
      const [students, answers] = await Promise.all([
        store.listStudents(classroom.id),
        store.listAnswers({ classId: classroom.id, lessonId: lesson.id }),
      ]);
      const name = `${fileSlug(classroom.name, 'class')}-${fileSlug(lesson.title, 'lesson')}`;
      downloadCsv(
        res,
        `byline-${name}-students.csv`,
        studentSummaryRows(classroom, lesson, students, answers, clock),
      );
    },
  };
}
