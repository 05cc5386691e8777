import { rateLimit } from 'express-rate-limit';

/** Ten failed sign-ins a minute per address, then a 429 page: slows down password guessing. */
export function loginLimiter() {
  return rateLimit({
    windowMs: 60_000,
    limit: 10,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) => {
      res.status(429).render('error', {
        title: 'Too many tries',
        status: 429,
        message: 'Too many sign-in attempts. Wait a minute, then try again.',
      });
    },
  });
}
