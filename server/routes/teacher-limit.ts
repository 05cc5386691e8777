import type { Response } from 'express';
import type { Verdict } from '../auth/login-guard.ts';

/** The words for a refused try: how long to wait, and why the teacher's own browser may still get in. */
export function waitMessage(verdict: Exclude<Verdict, { ok: true }>): string {
  const seconds = Math.max(1, Math.ceil(verdict.waitMs / 1000));
  if (verdict.why === 'source') {
    return `Too many wrong tries from this network. Wait ${seconds} second${seconds === 1 ? '' : 's'}, then try again.`;
  }
  const minutes = Math.ceil(seconds / 60);
  return `Byline has refused many wrong passwords in the last hour, so it is slowing down all sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}; a browser you have signed in with before is not affected.`;
}

/** Sets the 429 status and Retry-After header for a refused try; the caller renders its form. */
export function refuseTry(res: Response, verdict: Exclude<Verdict, { ok: true }>): string {
  res.status(429).set('Retry-After', String(Math.max(1, Math.ceil(verdict.waitMs / 1000))));
  return waitMessage(verdict);
}
