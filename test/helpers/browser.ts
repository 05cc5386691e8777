import request from 'supertest';
import type { Express } from 'express';
import type { Response } from 'supertest';

/**
 * One device's cookie jar that may talk to several app instances, as behind a load balancer: cookies set
 * by one instance are sent to the next. (supertest's agent keeps cookies for one app only.)
 */
export class Browser {
  readonly #jar = new Map<string, string>();

  #keep(res: Response): Response {
    const raw = res.headers['set-cookie'] as unknown as string[] | string | undefined;
    for (const line of Array.isArray(raw) ? raw : raw ? [raw] : []) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) this.#jar.delete(name);
      else this.#jar.set(name, value);
    }
    return res;
  }

  get cookie(): string {
    return [...this.#jar].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async get(app: Express, path: string): Promise<Response> {
    return this.#keep(await request(app).get(path).set('Cookie', this.cookie));
  }

  async post(
    app: Express,
    path: string,
    form: Record<string, string | string[]>,
  ): Promise<Response> {
    return this.#keep(
      await request(app).post(path).set('Cookie', this.cookie).type('form').send(form),
    );
  }
}
