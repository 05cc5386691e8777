import type { Request, Response } from 'express';
import { httpError } from '../http/errors.ts';
import type { Store } from '../store/types.ts';
import { classNameForm } from './class-name.ts';
import { loadClass, loadLesson } from './teacher-load.ts';

const nameField = classNameForm('Give the new class a name.');

/** The lesson library: duplicating and archiving lessons, and starting next term's class from this one. */
export function libraryHandlers(store: Store) {
  return {
    async duplicate(req: Request, res: Response): Promise<void> {
      const lesson = await loadLesson(store, req.params.id);
      const { id: _id, version: _v, createdAt: _c, updatedAt: _u, ...rest } = lesson;
      // A copy starts as an unpublished draft of the teacher's own, whatever the original was.
      const copy = await store.createLesson({
        ...rest,
        title: `${lesson.title.slice(0, 190)} (copy)`,
        published: false,
        bundled: false,
        archived: false,
      });
      res.redirect(303, `/teacher/lessons/${copy.id}`);
    },

    setArchived(archived: boolean) {
      return async (req: Request, res: Response): Promise<void> => {
        const lesson = await loadLesson(store, req.params.id);
        // Answers and class assignments stay; an archived lesson is only listed apart.
        await store.updateLesson(lesson.id, { archived });
        res.redirect(303, `/teacher/lessons/${lesson.id}`);
      };
    },

    async copyClass(req: Request, res: Response): Promise<void> {
      const classroom = await loadClass(store, req.params.id);
      const form = nameField.safeParse(req.body ?? {});
      if (!form.success) throw httpError(400, form.error.issues[0]?.message ?? 'Bad class name.');
      const lessons = await store.listLessons();
      const kept = classroom.lessonIds.filter((id) =>
        lessons.some((l) => l.id === id && !l.archived),
      );
      // Same lessons in the same order; a new join code, and no students or answers.
      const created = await store.createClass(form.data.name, kept);
      res.redirect(303, `/teacher/classes/${created.id}`);
    },
  };
}
