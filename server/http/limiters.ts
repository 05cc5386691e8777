import type { Request, Response } from 'express';
import { rateLimit, type Store as RateLimitStore } from 'express-rate-limit';

/** Makes the counter store for one limiter; a shared store (e.g. PostgreSQL) lets processes count together. */
export type RateLimitStores = (name: string) => RateLimitStore | undefined;

/** A whole class joins at once from one school address: 300 joins a minute per address stops only floods. */
export const JOINS_PER_MINUTE = 300;
/** Answers a minute per student: one a second is far beyond any reader, yet stops a script. */
export const ANSWERS_PER_MINUTE = 60;

function tooMany(message: string) {
  return (_req: Request, res: Response) => {
    res.status(429).render('error', { title: 'Too many tries', status: 429, message });
  };
}

/** The limit on POST /join, per client address. */
export function joinLimiter(stores: RateLimitStores = () => undefined) {
  return rateLimit({
    windowMs: 60_000,
    limit: JOINS_PER_MINUTE,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    store: stores('join'),
    handler: tooMany(
      'Too many students joined from this network in a minute. Wait a minute and try again.',
    ),
  });
}

/** The limit on answer POSTs, per student (so a class sharing one address never hits it). */
export function answerLimiter(stores: RateLimitStores = () => undefined) {
  return rateLimit({
    windowMs: 60_000,
    limit: ANSWERS_PER_MINUTE,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    store: stores('answer'),
    // Runs after requireStudent, which sets the student; the address is only a fallback.
    keyGenerator: (_req, res) =>
      `student:${(res.locals.ctx as { student?: { id?: string } } | undefined)?.student?.id ?? 'none'}`,
    handler: tooMany('That was a lot of answers in one minute. Take a breath, then answer again.'),
  });
}
