import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { secureCookie } from './cookie-options.ts';
import type { NextFunction, Request, Response } from 'express';
import { httpError } from './errors.ts';
import { Recent } from './recent.ts';

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
  // Never the address: a token there ends up in server and proxy logs.
  return req.get('x-csrf-token');
}

function matches(sent: unknown, expected: string): boolean {
  return (
    typeof sent === 'string' &&
    sent.length === expected.length &&
    timingSafeEqual(Buffer.from(sent), Buffer.from(expected))
  );
}

/**
 * The check for a multipart route listed in `csrfProtection`'s `multipartPaths`: runs after multer has
 * parsed the body (within its size limits), and compares the body's `_csrf` like every other form.
 */
export function csrfAfterMultipart(req: Request, res: Response, next: NextFunction): void {
  const expected = res.locals.csrfPending as unknown;
  next(
    typeof expected === 'string' && matches(submittedToken(req), expected) ? undefined : rejected(),
  );
}

/**
 * Anti-forgery protection without server-side sessions: a random httpOnly cookie, and a form token
 * that is the HMAC of that cookie under the store's secret. A forged cross-site form cannot read the
 * cookie and cannot compute the HMAC, so its `_csrf` never matches. The token for the current
 * visitor is in `res.locals.csrfToken`; every state-changing form sends it as the hidden field `_csrf`.
 * Multipart bodies to `multipartPaths` are checked by `csrfAfterMultipart` in their route instead.
 */
export function csrfProtection(secret: string, multipartPaths: readonly string[] = []) {
  const deferred = new Set(multipartPaths);
  // Each device keeps its cookie, so its token is the same HMAC page after page: computed once.
  const tokens = new Recent<string>(4096);
  const tokenOf = (value: string): string => {
    let token = tokens.get(value);
    if (token === undefined) tokens.set(value, (token = tokenFor(secret, value)));
    return token;
  };
  return (req: Request, res: Response, next: NextFunction): void => {
    let value = req.cookies?.[CSRF_COOKIE] as unknown;
    if (typeof value !== 'string' || !/^[A-Za-z0-9_-]{20,64}$/.test(value)) {
      value = randomBytes(18).toString('base64url');
      res.cookie(CSRF_COOKIE, value, {
        httpOnly: true,
        sameSite: 'lax',
        secure: secureCookie(req),
        path: '/',
      });
      if (!SAFE.has(req.method)) {
        next(rejected());
        return;
      }
    }
    const expected = tokenOf(value as string);
    res.locals.csrfToken = expected;
    if (SAFE.has(req.method)) {
      next();
      return;
    }
    // Upload forms keep the token in the body; that body is parsed in the route, so the check waits there.
    if (deferred.has(req.path) && req.is('multipart/form-data')) {
      res.locals.csrfPending = expected;
      next();
      return;
    }
    next(matches(submittedToken(req), expected) ? undefined : rejected());
  };
}
