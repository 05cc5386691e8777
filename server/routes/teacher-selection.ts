import type { Request, Response } from 'express';
import { z } from 'zod';
import { httpError } from '../http/errors.ts';
import { rebuildQuestions } from '../lessons/build-lesson.ts';
import { DEFAULT_SELECTION, isQuestionType, MAX_COUNT, MIN_COUNT } from '../quiz/index.ts';
import type { Store } from '../store/types.ts';
import { loadLesson } from './teacher-load.ts';

const countField = z.coerce
  .number({ error: `Give the number of questions, from ${MIN_COUNT} to ${MAX_COUNT}.` })
  .int(`Give a whole number of questions, from ${MIN_COUNT} to ${MAX_COUNT}.`)
  .min(MIN_COUNT, `A lesson asks at least ${MIN_COUNT} questions.`)
  .max(MAX_COUNT, `A lesson asks at most ${MAX_COUNT} questions.`);

function kindsFrom(raw: unknown) {
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  if (list.length === 0) throw httpError(400, 'Tick at least one kind of question.');
  const bad = list.find((k) => !isQuestionType(k));
  if (bad !== undefined)
    throw httpError(400, `There is no question kind called "${String(bad).slice(0, 40)}".`);
  return [...new Set(list.filter(isQuestionType))];
}

/** The lesson's length and question kinds, and "make a fresh set". */
export function selectionHandlers(store: Store) {
  return {
    async save(req: Request, res: Response): Promise<void> {
      const lesson = await loadLesson(store, req.params.id);
      const body = (req.body ?? {}) as Record<string, unknown>;
      const count = countField.safeParse(body.count);
      if (!count.success) throw httpError(400, count.error.issues[0]!.message);
      const selection = {
        count: count.data,
        kinds: kindsFrom(body.kinds),
        round: lesson.selection?.round ?? 0,
      };
      const questions = rebuildQuestions(lesson.analysis, lesson.overrides, selection, {
        current: lesson.questions,
      });
      await store.updateLesson(lesson.id, { selection, questions });
      res.redirect(303, `/teacher/lessons/${lesson.id}?saved=1#questions`);
    },

    async fresh(req: Request, res: Response): Promise<void> {
      const lesson = await loadLesson(store, req.params.id);
      const old = lesson.selection ?? DEFAULT_SELECTION;
      const selection = { ...old, round: old.round + 1 };
      const questions = rebuildQuestions(lesson.analysis, lesson.overrides, selection, {
        avoid: lesson.questions,
      });
      await store.updateLesson(lesson.id, { selection, questions });
      res.redirect(303, `/teacher/lessons/${lesson.id}?saved=1#questions`);
    },
  };
}
