import type { NextFunction, Request, Response } from 'express';
import type { Store } from '../store/types.ts';
import { teacherSession } from './cookie.ts';

/** Lets signed-in teachers through; sends everyone else to the login page with a 303. */
export function requireTeacher(store: Store) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    if (await teacherSession(req, store)) {
      res.locals.teacher = true;
      next();
      return;
    }
    res.redirect(303, '/teacher/login');
  };
}
