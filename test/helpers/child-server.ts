import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/** `npm start` as a child process on loopback, port 0. */
export interface ChildServer {
  child: ChildProcess;
  base: string;
  /** Resolves with the exit code (or the signal's name). */
  exited: Promise<number | string>;
  output: () => string;
}

/** Starts server/main.ts on `dataFile` and resolves once it printed where it listens. */
export function startServer(dataFile: string, timeoutMs = 30_000): Promise<ChildServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', BYLINE_HOST: '127.0.0.1', BYLINE_DATA: dataFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<number | string>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? signal ?? -1)),
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`test: the server did not start in time:\n${out}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const port = /http:\/\/localhost:(\d+)\//.exec(out)?.[1];
      if (port) {
        clearTimeout(timer);
        resolve({ child, base: `http://127.0.0.1:${port}`, exited, output: () => out });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`test: the server exited (${code}) before listening:\n${out}`));
    });
  });
}

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
