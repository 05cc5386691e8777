import type { Request, Response } from 'express';
import { z } from 'zod';
import { endTeacherSession, hasTeacherSession, startTeacherSession } from '../auth/cookie.ts';
import { hashPassword, verifyPassword } from '../auth/password.ts';
import { sessionKey } from '../auth/session-key.ts';
import type { Store } from '../store/types.ts';
import { issueMessages } from './form-text.ts';

const MIN_PASSWORD = 8;

const loginForm = z.object({ password: z.string().min(1).max(1000) });
const setupForm = z
  .object({
    password: z
      .string({ error: 'Choose a password.' })
      .min(MIN_PASSWORD, `The password needs at least ${MIN_PASSWORD} characters.`)
      .max(1000),
    confirm: z.string({ error: 'Type the password a second time to confirm it.' }).max(1000),
  })
  .refine((f) => f.password === f.confirm, { message: 'The two passwords are not the same.' });

/** Sign-in, first-time password setup and sign-out. */
export function authHandlers(store: Store) {
  async function needsSetup(): Promise<boolean> {
    return (await store.teacher()).passwordHash === null;
  }

  function showSetup(res: Response, status: number, errors: string[]): void {
    res.status(status).render('teacher/setup', {
      title: 'Set the teacher password',
      errors,
      minLength: MIN_PASSWORD,
    });
  }

  function showLogin(res: Response, status: number, errors: string[]): void {
    res.status(status).render('teacher/login', { title: 'Teacher sign-in', errors });
  }

  return {
    async loginPage(req: Request, res: Response): Promise<void> {
      if (await needsSetup()) return showSetup(res, 200, []);
      if (hasTeacherSession(req, await sessionKey(store))) return res.redirect(303, '/teacher');
      showLogin(res, 200, []);
    },

    async login(req: Request, res: Response): Promise<void> {
      const { passwordHash } = await store.teacher();
      if (passwordHash === null)
        return showSetup(res, 409, ['No teacher password is set yet. Choose one first.']);
      const form = loginForm.safeParse(req.body ?? {});
      if (!form.success || !(await verifyPassword(form.data.password, passwordHash))) {
        return showLogin(res, 401, ['That password is not right. Try again.']);
      }
      startTeacherSession(req, res, await sessionKey(store));
      res.redirect(303, '/teacher');
    },

    async setup(req: Request, res: Response): Promise<void> {
      // Only the very first password can be set this way; changing it needs the environment variable.
      if (!(await needsSetup())) return res.redirect(303, '/teacher/login');
      const form = setupForm.safeParse(req.body ?? {});
      if (!form.success) return showSetup(res, 400, issueMessages(form.error));
      await store.setTeacherPasswordHash(await hashPassword(form.data.password));
      startTeacherSession(req, res, await sessionKey(store));
      res.redirect(303, '/teacher');
    },

    logout(_req: Request, res: Response): void {
      endTeacherSession(res);
      res.redirect(303, '/teacher/login');
    },
  };
}
