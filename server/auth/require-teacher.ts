import type { NextFunction, Request, Response } from 'express';
import type { Store } from '../store/types.ts';
import { hasTeacherSession } from './cookie.ts';
import { sessionKey } from './session-key.ts';

/** Lets signed-in teachers through; sends everyone else to the login page with a 303. */
export function requireTeacher(store: Store) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    if (hasTeacherSession(req, await sessionKey(store))) {
      res.locals.teacher = true;
      next();
      return;
    }
    res.redirect(303, '/teacher/login');
  };
}
