export { startServer, type ChildServer } from '../../bench/server-child.ts';

/** A minimal browser for form posts: keeps cookies, never follows redirects. */
export class FormClient {
  #cookies = new Map<string, string>();
  constructor(readonly base: string) {}

  async request(path: string, form?: Record<string, string>): Promise<Response> {
    const res = await fetch(this.base + path, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        cookie: [...this.#cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: form ? new URLSearchParams(form).toString() : undefined,
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const eq = pair!.indexOf('=');
      this.#cookies.set(pair!.slice(0, eq), pair!.slice(eq + 1));
    }
    return res;
  }
}

/** The `_csrf` value of a page. */
export function csrfIn(html: string): string {
  const token = /name="_csrf"[^>]*value="([^"]*)"/.exec(html)?.[1];
  if (!token) throw new Error('test: no _csrf field in the page');
  return token;
}
