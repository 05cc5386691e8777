import type { Request, Response } from 'express';
import { secureCookie } from '../http/cookie-options.ts';
import type { Store } from '../store/types.ts';
import {
  newSessionId,
  SESSION_TTL_MS,
  sessionIdHash,
  signSession,
  verifySession,
} from './session.ts';
import { sessionKey } from './session-key.ts';

/** The teacher session cookie's name. */
export const SESSION_COOKIE = 'byline_teacher';

function cookieValue(req: Request): unknown {
  // cookie-parser runs before every router (app.ts), so the parsed cookies are always there.
  return (req.cookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE];
}

/**
 * The store's id hash of the request's teacher session when it is signed, unexpired and not ended
 * server-side (sign-out, "sign out everywhere", a new password); otherwise undefined.
 */
export async function teacherSession(req: Request, store: Store): Promise<string | undefined> {
  const id = verifySession(await sessionKey(store), cookieValue(req));
  if (id === null) return undefined;
  const idHash = sessionIdHash(id);
  const now = new Date().toISOString();
  const { sessions = [] } = await store.teacher();
  return sessions.some((s) => s.idHash === idHash && s.expiresAt > now) ? idHash : undefined;
}

/**
 * Signs the teacher in with a brand-new session id (any session the browser brought along is ended first):
 * an httpOnly, sameSite=strict cookie that expires with the session.
 */
export async function startTeacherSession(
  req: Request,
  res: Response,
  store: Store,
): Promise<void> {
  const previous = await teacherSession(req, store);
  if (previous) await store.endTeacherSessions({ idHash: previous });
  const id = newSessionId();
  const now = Date.now();
  await store.addTeacherSession({
    idHash: sessionIdHash(id),
    expiresAt: new Date(now + SESSION_TTL_MS).toISOString(),
  });
  res.cookie(SESSION_COOKIE, signSession(await sessionKey(store), id, now), {
    httpOnly: true,
    sameSite: 'strict',
    secure: secureCookie(req),
    path: '/teacher',
    maxAge: SESSION_TTL_MS,
  });
}

/** Signs this browser out: its session ends server-side, so a copy of the cookie stops working too. */
export async function endTeacherSession(req: Request, res: Response, store: Store): Promise<void> {
  const current = await teacherSession(req, store);
  if (current) await store.endTeacherSessions({ idHash: current });
  res.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'strict',
    secure: secureCookie(req),
    path: '/teacher',
  });
}
