import type { Request, Response } from 'express';
import { z } from 'zod';
import { endTeacherSession, startTeacherSession, teacherSession } from '../auth/cookie.ts';
import type { LoginGuard } from '../auth/login-guard.ts';
import { hashPassword, verifyPassword } from '../auth/password.ts';
import { rememberDevice, signInSource } from '../auth/trusted-device.ts';
import { setupCodeMatches } from '../setup/setup-code.ts';
import type { Store } from '../store/types.ts';
import { issueMessages } from './form-text.ts';
import { refuseTry } from './teacher-limit.ts';
import { MIN_PASSWORD, newPasswordFields } from './teacher-password-form.ts';

const loginForm = z.object({ password: z.string().min(1).max(1000) });
const setupForm = newPasswordFields;

/** Sign-in, first-time password setup (with the console's setup code) and sign-out. */
export function authHandlers(store: Store, guard: LoginGuard) {
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

  async function signIn(req: Request, res: Response): Promise<void> {
    await startTeacherSession(req, res, store);
    rememberDevice(req, res);
    res.redirect(303, '/teacher');
  }

  return {
    async loginPage(req: Request, res: Response): Promise<void> {
      if (await needsSetup()) return showSetup(res, 200, []);
      if (await teacherSession(req, store)) return res.redirect(303, '/teacher');
      showLogin(res, 200, []);
    },

    async login(req: Request, res: Response): Promise<void> {
      const { passwordHash } = await store.teacher();
      if (passwordHash === null)
        return showSetup(res, 409, ['No teacher password is set yet. Choose one first.']);
      const source = signInSource(req);
      const verdict = await guard.attempt(source);
      if (!verdict.ok) return showLogin(res, 429, [refuseTry(res, verdict)]);
      const form = loginForm.safeParse(req.body ?? {});
      if (!form.success || !(await verifyPassword(form.data.password, passwordHash))) {
        return showLogin(res, 401, ['That password is not right. Try again.']);
      }
      await guard.succeeded(source);
      await signIn(req, res);
    },

    async setup(req: Request, res: Response): Promise<void> {
      // Only the very first password is set here; changing it needs the current one (teacher-password.ts).
      if (!(await needsSetup())) return res.redirect(303, '/teacher/login');
      const source = signInSource(req);
      const verdict = await guard.attempt(source);
      if (!verdict.ok) return showSetup(res, 429, [refuseTry(res, verdict)]);
      const body = (req.body ?? {}) as Record<string, unknown>;
      if (!setupCodeMatches(store.secret(), body.code)) {
        return showSetup(res, 403, [
          'That setup code is not right. Copy it from the window where Byline was started.',
        ]);
      }
      await guard.succeeded(source);
      const form = setupForm.safeParse(body);
      if (!form.success) return showSetup(res, 400, issueMessages(form.error));
      await store.setTeacherPasswordHash(await hashPassword(form.data.password));
      await signIn(req, res);
    },

    async logout(req: Request, res: Response): Promise<void> {
      await endTeacherSession(req, res, store);
      res.redirect(303, '/teacher/login');
    },
  };
}
