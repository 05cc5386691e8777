import { secureCookie } from './cookie-options.ts';
import type { Request, Response } from 'express';

/** The signed cookie that keeps a student's place in their class. */
export const STUDENT_COOKIE = 'byline_student';
const HALF_A_YEAR_MS = 183 * 24 * 60 * 60 * 1000;

/** The student token from the signed cookie, or undefined when absent or tampered with. */
export function readStudentToken(req: Request): string | undefined {
  const value = (req.signedCookies as Record<string, unknown> | undefined)?.[STUDENT_COOKIE];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Remembers the student on this device; it outlives closed tabs and restarts of the browser. */
export function writeStudentToken(req: Request, res: Response, token: string): void {
  res.cookie(STUDENT_COOKIE, token, {
    signed: true,
    httpOnly: true,
    sameSite: 'lax',
    secure: secureCookie(req),
    path: '/',
    maxAge: HALF_A_YEAR_MS,
  });
}
