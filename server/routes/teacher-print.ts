import type { Request, Response } from 'express';
import { applyOverrides } from '../quiz/index.ts';
import { answerKey } from '../reports/index.ts';
import type { Store } from '../store/types.ts';
import { paragraphsOf } from './student-paragraphs.ts';
import { loadLesson } from './teacher-load.ts';

/** Pages made for paper (public/print.css): a lesson's answer key and its annotated article. */
export function printHandlers(store: Store) {
  return {
    async key(req: Request, res: Response): Promise<void> {
      const lesson = await loadLesson(store, req.params.id);
      res.render('teacher/answer-key', {
        title: `Answer key: ${lesson.title}`,
        lesson,
        items: answerKey(lesson.questions),
      });
    },

    async article(req: Request, res: Response): Promise<void> {
      const lesson = await loadLesson(store, req.params.id);
      const corrected = applyOverrides(lesson.analysis, lesson.overrides);
      res.render('teacher/print-article', {
        title: `Annotated: ${lesson.title}`,
        lesson,
        paragraphs: paragraphsOf(corrected.sentences, lesson.title),
      });
    },
  };
}
