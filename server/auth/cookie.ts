import type { Request, Response } from 'express';
import { SESSION_TTL_MS, signSession, verifySession } from './session.ts';

/** The teacher session cookie's name. */
export const SESSION_COOKIE = 'byline_teacher';

function readCookie(req: Request, name: string): string | undefined {
  const parsed = (req as { cookies?: Record<string, unknown> }).cookies?.[name];
  if (typeof parsed === 'string') return parsed;
  // Works without cookie-parser too.
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** True when the request carries a valid teacher session. */
export function hasTeacherSession(req: Request, secret: string): boolean {
  return verifySession(secret, readCookie(req, SESSION_COOKIE));
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
