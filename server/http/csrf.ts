import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { httpError } from './errors.ts';

/** The cookie holding the random value the form token is bound to. */
export const CSRF_COOKIE = 'byline_csrf';
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

function rejected() {
  return httpError(
    403,
    'This form has expired or was sent from another site. Go back, reload the page and try again.',
  );
}

function tokenFor(secret: string, value: string): string {
  return createHmac('sha256', secret).update(`csrf.${value}`).digest('base64url');
}

function submittedToken(req: Request): unknown {
  const body = req.body as Record<string, unknown> | undefined;
  if (body && typeof body === 'object' && '_csrf' in body) return body._csrf;
  const header = req.get('x-csrf-token');
  if (header) return header;
  // Multipart bodies are parsed after this middleware (by multer in the route), so upload forms
  // put the token in their action URL instead: action="/teacher/lessons?_csrf=<%= csrfToken %>".
  if (req.is('multipart/form-data')) return req.query._csrf;
  return undefined;
}

/**
 * Anti-forgery protection without server-side sessions: a random httpOnly cookie, and a form token
 * that is the HMAC of that cookie under the store's secret. A forged cross-site form cannot read the
 * cookie and cannot compute the HMAC, so its `_csrf` never matches. The token for the current
 * visitor is in `res.locals.csrfToken`; every state-changing form sends it as the hidden field `_csrf`.
 */
export function csrfProtection(secret: string) {
  return (req: Request, res: Response, next: NextFunction): void => {
    let value = req.cookies?.[CSRF_COOKIE] as unknown;
    if (typeof value !== 'string' || !/^[A-Za-z0-9_-]{20,64}$/.test(value)) {
      value = randomBytes(18).toString('base64url');
      res.cookie(CSRF_COOKIE, value, {
        httpOnly: true,
        sameSite: 'lax',
        secure: req.secure,
        path: '/',
      });
      if (!SAFE.has(req.method)) {
        next(rejected());
        return;
      }
    }
    const expected = tokenFor(secret, value as string);
    res.locals.csrfToken = expected;
    if (SAFE.has(req.method)) {
      next();
      return;
    }
    const sent = submittedToken(req);
    const ok =
      typeof sent === 'string' &&
      sent.length === expected.length &&
      timingSafeEqual(Buffer.from(sent), Buffer.from(expected));
    next(ok ? undefined : rejected());
  };
}
