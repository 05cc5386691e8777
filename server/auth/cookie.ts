import type { Request, Response } from 'express';
import { SESSION_TTL_MS, signSession, verifySession } from './session.ts';

/** The teacher session cookie's name. */
export const SESSION_COOKIE = 'byline_teacher';

/** True when the request carries a valid teacher session. */
export function hasTeacherSession(req: Request, secret: string): boolean {
  // cookie-parser runs before every router (app.ts), so the parsed cookies are always there.
  return verifySession(
    secret,
    (req.cookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE],
  );
}

/** Signs the teacher in: an httpOnly, sameSite=strict cookie that expires with the session. */
export function startTeacherSession(req: Request, res: Response, secret: string): void {
  res.cookie(SESSION_COOKIE, signSession(secret), {
    httpOnly: true,
    sameSite: 'strict',
    secure: req.secure,
    path: '/teacher',
    maxAge: SESSION_TTL_MS,
  });
}

/** Signs the teacher out. */
export function endTeacherSession(res: Response): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', path: '/teacher' });
}
