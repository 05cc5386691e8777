import type { NextFunction, Request, Response } from 'express';
import type { Store } from '../store/types.ts';
import { hasTeacherSession } from './cookie.ts';

/** Lets signed-in teachers through; sends everyone else to the login page with a 303. */
export function requireTeacher(store: Store) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (hasTeacherSession(req, store.secret())) {
      res.locals.teacher = true;
      next();
      return;
    }
    res.redirect(303, '/teacher/login');
  };
}
