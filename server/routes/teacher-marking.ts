import type { Request, Response } from 'express';
import { z } from 'zod';
import { httpError } from '../http/errors.ts';
import { isRecordId } from '../store/index.ts';
import type { Store } from '../store/types.ts';
import { hasControlChars } from './form-text.ts';
import { loadClass, loadLesson, loadLessonResults } from './teacher-load.ts';

/** Long enough for a sentence of advice; a comment is a note, not an essay. */
export const MAX_COMMENT = 300;

const markForm = z.object({
  verdict: z.enum(['good', 'needs-work', 'none'], {
    error: 'Choose "good", "needs work" or "not marked".',
  }),
  comment: z
    .string()
    .trim()
    .max(MAX_COMMENT, `Keep the comment under ${MAX_COMMENT} characters.`)
    .optional()
    .default(''),
});

/** Marking the open (rewrite) answers of a lesson in a class: each answer beside the sentence it rewrites. */
export function markingHandlers(store: Store) {
  return {
    async show(req: Request, res: Response): Promise<void> {
      const { classroom, lesson, students, answers } = await loadLessonResults(store, req.params);
      const names = new Map(students.map((s) => [s.id, s.name]));
      const groups = lesson.questions.flatMap((q, i) => {
        if (q.type !== 'rewrite') return [];
        const sentence = lesson.analysis.sentences.find((s) => s.index === q.sentenceIndex);
        const given = answers
          .filter((a) => a.questionId === q.id)
          .sort((a, b) => a.answeredAt.localeCompare(b.answeredAt))
          .map((a) => ({ answer: a, student: names.get(a.studentId) ?? '(unknown student)' }));
        // Evidence offsets point into the sentence; only highlight them when the excerpt is that sentence.
        const evidence = sentence && sentence.text === q.excerpt ? q.evidence : [];
        return [{ question: q, number: i + 1, evidence, given }];
      });
      const toMark = groups.reduce((n, g) => n + g.given.filter((x) => !x.answer.mark).length, 0);
      res.render('teacher/marking', {
        title: `Mark open answers: ${lesson.title} — ${classroom.name}`,
        classroom,
        lesson,
        groups,
        toMark,
        maxComment: MAX_COMMENT,
        saved: typeof req.query.saved === 'string' ? req.query.saved : null,
      });
    },

    async mark(req: Request, res: Response): Promise<void> {
      const classroom = await loadClass(store, req.params.id);
      const lesson = await loadLesson(store, req.params.lessonId);
      const answerId = req.params.answerId;
      const answers = isRecordId(answerId)
        ? await store.listAnswers({ classId: classroom.id, lessonId: lesson.id })
        : [];
      const answer = answers.find((a) => a.id === answerId);
      if (!answer) throw httpError(404, 'That answer does not exist in this class and lesson.');
      if (answer.correct !== null) {
        throw httpError(409, 'Only written (rewrite) answers are marked by hand.');
      }
      const form = markForm.safeParse(req.body ?? {});
      if (!form.success) throw httpError(400, form.error.issues[0]?.message ?? 'Bad mark.');
      const { verdict, comment } = form.data;
      if (hasControlChars(comment.replace(/\r?\n/g, ' '))) {
        throw httpError(400, 'The comment holds a control character; type it again as plain text.');
      }
      await store.markAnswer(answer.id, verdict === 'none' ? null : { verdict, comment });
      res.redirect(
        303,
        `/teacher/classes/${classroom.id}/lessons/${lesson.id}/marking?saved=${answer.id}#answer-${answer.id}`,
      );
    },
  };
}
