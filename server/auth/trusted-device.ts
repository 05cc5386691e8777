import { randomBytes } from 'node:crypto';
import type { Request, Response } from 'express';
import { ipKeyGenerator } from 'express-rate-limit';
import { secureCookie } from '../http/cookie-options.ts';
import type { Source } from './login-guard.ts';

/** A signed cookie marking a browser the teacher has signed in with: its tries are counted apart. */
export const DEVICE_COOKIE = 'byline_device';
const YEAR_MS = 365 * 24 * 60 * 60 * 1000;
const DEVICE_ID = /^[A-Za-z0-9_-]{22}$/;

function deviceId(req: Request): string | undefined {
  const value = (req.signedCookies as Record<string, unknown> | undefined)?.[DEVICE_COOKIE];
  return typeof value === 'string' && DEVICE_ID.test(value) ? value : undefined;
}

/**
 * Who a sign-in try is charged to: a browser that signed in before, else the client address. A whole school
 * shares one address, so pupils guessing from it slow down strangers but never the teacher's own browser.
 */
export function signInSource(req: Request): Source {
  const device = deviceId(req);
  if (device) return { key: `device:${device}`, known: true };
  return { key: `ip:${ipKeyGenerator(req.ip ?? 'unknown')}`, known: false };
}

/** Marks this browser as the teacher's after a right password. */
export function rememberDevice(req: Request, res: Response): void {
  if (deviceId(req)) return;
  res.cookie(DEVICE_COOKIE, randomBytes(16).toString('base64url'), {
    signed: true,
    httpOnly: true,
    sameSite: 'strict',
    secure: secureCookie(req),
    path: '/teacher',
    maxAge: YEAR_MS,
  });
}
