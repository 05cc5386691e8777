import type { Request } from 'express';

/** The app setting that makes every cookie `Secure` (set when Byline runs behind an HTTPS proxy). */
export const SECURE_COOKIES = 'byline secure cookies';

/** True when cookies must carry `Secure`: the request came over HTTPS, or a trusted HTTPS proxy is in front. */
export function secureCookie(req: Request): boolean {
  return req.secure || req.app.get(SECURE_COOKIES) === true;
}
