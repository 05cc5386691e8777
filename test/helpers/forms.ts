import type { Response } from 'supertest';

/** The `_csrf` value of the first form in an HTML page; throws when there is none. */
export function csrfFrom(html: string): string {
  const match = /name="_csrf"[^>]*value="([^"]*)"/.exec(html);
  if (!match?.[1]) throw new Error('test: no _csrf field in the page');
  return match[1];
}

/** The cookies a response set, as a Cookie header value. */
export function cookiesFrom(res: Response): string {
  const raw = res.headers['set-cookie'] as unknown as string[] | string | undefined;
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return list.map((c) => c.split(';')[0]).join('; ');
}
