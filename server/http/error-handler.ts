import type { NextFunction, Request, Response } from 'express';
import { backLink } from './back-link.ts';
import { HttpError, httpError } from './errors.ts';

const DEFAULT_MESSAGES: Record<number, string> = {
  400: 'Something in that request was not right. Go back and check what you entered.',
  401: 'Please sign in first.',
  403: 'You are not allowed to do that.',
  404: 'There is no page at this address.',
  409: 'That was already done; nothing was changed.',
  413: 'That was too much text to send at once. Shorten it and try again.',
  429: 'Too many tries in a short time. Wait a minute and try again.',
  500: 'Something went wrong on our side. Your earlier answers are safe; try again in a moment.',
};

/** The 404 for any route nobody handled. */
export function notFound(_req: Request, _res: Response, next: NextFunction): void {
  next(httpError(404, DEFAULT_MESSAGES[404]!));
}

/**
 * The one error handler: a friendly page for every error. 4xx keep their status and, when the error
 * was written for the user, its message; everything else is a 500 with a generic message and
 * is logged, never shown.
 */
export function errorHandler(options: { quiet: boolean }) {
  return (err: unknown, req: Request, res: Response, next: NextFunction): void => {
    const e = (err ?? {}) as {
      status?: unknown;
      statusCode?: unknown;
      expose?: unknown;
      type?: unknown;
      message?: unknown;
    };
    const raw = Number(e.status ?? e.statusCode);
    const status = Number.isInteger(raw) && raw >= 400 && raw < 500 ? raw : 500;
    if (status === 500 && !options.quiet)
      console.error(`error: ${req.method} ${req.originalUrl}:`, err);
    if (res.headersSent) {
      next(err);
      return;
    }
    // body-parser errors carry a `type` and technical wording; our HttpErrors are written for people.
    const own = e.expose === true && e.type === undefined && typeof e.message === 'string';
    const message =
      status < 500 && own
        ? (e.message as string)
        : (DEFAULT_MESSAGES[status] ?? DEFAULT_MESSAGES[400]!);
    res.status(status);
    if (req.accepts(['html', 'json']) === 'json') {
      res.json({ ok: false, status, error: message });
      return;
    }
    // A page written for what happened heads with it and leaves the bare status code out.
    const title = status < 500 && err instanceof HttpError ? err.title : undefined;
    res.render('error', {
      title: title ?? (status === 404 ? 'Not found' : 'Something went wrong'),
      status,
      plain: title !== undefined,
      message,
      back:
        status < 500 && err instanceof HttpError && err.back
          ? err.back
          : backLink(req.originalUrl.split('?')[0]!),
    });
  };
}
