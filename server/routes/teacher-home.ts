import type { Request, Response } from 'express';
import type { Store } from '../store/types.ts';
import { classNameForm } from './class-name.ts';
import { formText, issueMessages } from './form-text.ts';

const classForm = classNameForm('Give the class a name.');

/** The teacher's home page (classes and lessons) and creating a class from it. */
export function homeHandlers(store: Store) {
  async function showHome(
    res: Response,
    status: number,
    errors: string[],
    name = '',
  ): Promise<void> {
    const [classes, lessons] = await Promise.all([store.listClasses(), store.listLessons()]);
    res.status(status).render('teacher/home', {
      title: 'Your classes',
      classes,
      // Archived lessons are listed apart, below the ones in use.
      lessons: lessons.filter((l) => !l.archived),
      archived: lessons.filter((l) => l.archived),
      errors,
      name,
    });
  }

  return {
    home: (_req: Request, res: Response) => showHome(res, 200, []),

    async createClass(req: Request, res: Response): Promise<void> {
      const form = classForm.safeParse(req.body ?? {});
      if (!form.success) {
        const typed = formText(req.body?.name, 80);
        return showHome(res, 400, issueMessages(form.error), typed);
      }
      const created = await store.createClass(form.data.name, []);
      res.redirect(303, `/teacher/classes/${created.id}`);
    },
  };
}
