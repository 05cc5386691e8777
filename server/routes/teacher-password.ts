import type { Request, Response } from 'express';
import { z } from 'zod';
import { endTeacherSession, startTeacherSession } from '../auth/cookie.ts';
import type { LoginGuard } from '../auth/login-guard.ts';
import { hashPassword, verifyPassword } from '../auth/password.ts';
import { signInSource } from '../auth/trusted-device.ts';
import type { Store } from '../store/types.ts';
import { issueMessages } from './form-text.ts';
import { refuseTry } from './teacher-limit.ts';
import { MIN_PASSWORD, newPasswordFields } from './teacher-password-form.ts';

const currentField = z.object({
  current: z.string({ error: 'Type your current password.' }).min(1).max(1000),
});

/** The account page: change the password, or end every session on every device. */
export function passwordHandlers(store: Store, guard: LoginGuard) {
  function showAccount(req: Request, res: Response, status: number, errors: string[]): void {
    res.status(status).render('teacher/account', {
      title: 'Password and sessions',
      errors,
      minLength: MIN_PASSWORD,
      changed: req.query.changed === '1',
    });
  }

  return {
    page: (req: Request, res: Response) => showAccount(req, res, 200, []),

    async change(req: Request, res: Response): Promise<void> {
      const body = (req.body ?? {}) as Record<string, unknown>;
      const { passwordHash } = await store.teacher();
      // A stolen session must not be a way to guess the password faster than the sign-in page allows.
      const source = signInSource(req);
      const verdict = await guard.attempt(source);
      if (!verdict.ok) return showAccount(req, res, 429, [refuseTry(res, verdict)]);
      const current = currentField.safeParse(body);
      if (
        !current.success ||
        passwordHash === null ||
        !(await verifyPassword(current.data.current, passwordHash))
      ) {
        return showAccount(req, res, 401, ['Your current password is not right.']);
      }
      await guard.succeeded(source);
      const form = newPasswordFields.safeParse(body);
      if (!form.success) return showAccount(req, res, 400, issueMessages(form.error));
      // A new password ends every session (the store does it); this browser gets a fresh one.
      await store.setTeacherPasswordHash(await hashPassword(form.data.password));
      await startTeacherSession(req, res, store);
      res.redirect(303, '/teacher/account?changed=1');
    },

    async signOutEverywhere(req: Request, res: Response): Promise<void> {
      await store.endTeacherSessions('all');
      await endTeacherSession(req, res, store);
      res.redirect(303, '/teacher/login');
    },
  };
}
