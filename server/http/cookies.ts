import type { NextFunction, Request, Response } from 'express';
import cookieParser from 'cookie-parser';
import { Recent } from './recent.ts';

/** A classroom's worth of devices, each sending the same Cookie header page after page. */
const REMEMBERED = 4096;
/** Byline's own cookies take about 150 characters; longer headers are parsed every time. */
const LONGEST = 1024;

interface Parsed {
  cookies: Record<string, unknown>;
  signed: Record<string, unknown>;
}

/** A read-only copy with the same prototype (cookie-parser uses null-prototype objects), shared by every request with the header. */
function frozenCopy(from: Record<string, unknown>): Record<string, unknown> {
  const proto = Object.getPrototypeOf(from) as object | null;
  return Object.freeze(Object.assign(Object.create(proto) as object, from));
}

const allStrings = (values: Record<string, unknown>) =>
  Object.values(values).every((v) => typeof v === 'string');

/**
 * cookie-parser (`req.cookies`, `req.signedCookies`, `req.secret`) with the result remembered per
 * Cookie header. A student's phone sends the same header on every page, and checking its signed
 * cookie is an HMAC each time; the result depends only on the header and the secret, which never
 * changes, so a remembered result is exactly what parsing again would give.
 */
export function cookies(secret: string) {
  const parse = cookieParser(secret);
  const seen = new Recent<Parsed>(REMEMBERED);
  return (req: Request, res: Response, next: NextFunction): void => {
    const header = req.headers.cookie;
    const known = header === undefined || req.cookies ? undefined : seen.get(header);
    if (known) {
      req.secret = secret;
      req.cookies = known.cookies;
      req.signedCookies = known.signed;
      next();
      return;
    }
    parse(req, res, (err?: unknown) => {
      const parsed = req.cookies as Record<string, unknown>;
      const signed = req.signedCookies as Record<string, unknown>;
      // JSON cookies parse to objects a handler could change: only plain strings are remembered.
      if (!err && header && header.length <= LONGEST && allStrings(parsed) && allStrings(signed))
        seen.set(header, { cookies: frozenCopy(parsed), signed: frozenCopy(signed) });
      next(err);
    });
  };
}
