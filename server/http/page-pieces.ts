import { randomBytes } from 'node:crypto';
import type { Response } from 'express';
import ejs from 'ejs';

/** Per-request values of a page; each is printed only with `<%= %>` and never decides what else is shown. */
export type Holes = Record<string, string | number>;

interface Pieces {
  /** The page's bytes between the holes: one more than `holes`. */
  parts: Buffer[];
  holes: string[];
}

// Stand-ins printed where a hole's value goes: no character escaping changes, and a nonce no page holds.
const NONCE = randomBytes(9).toString('base64url');
const standIn = (name: string) => `\u0000${NONCE}:${name}\u0000`;
const STAND_IN = new RegExp(`\u0000${NONCE}:(\\w+)\u0000`);

function piecesOf(html: string): Pieces {
  // split() with a capturing group alternates text and hole names.
  const split = html.split(STAND_IN);
  const texts = split.filter((_, i) => i % 2 === 0);
  // One buffer of the page's own size: small Buffer.from() results are slices of a shared 8 KB pool,
  // and a kept slice would keep its whole pool alive.
  const bytes = Buffer.allocUnsafeSlow(texts.reduce((n, text) => n + Buffer.byteLength(text), 0));
  let at = 0;
  const parts = texts.map((text) => {
    const start = at;
    at += bytes.write(text, at);
    return bytes.subarray(start, at);
  });
  return { parts, holes: split.filter((_, i) => i % 2 === 1) };
}

function fill({ parts, holes }: Pieces, values: Holes): Buffer {
  const filled = holes.map((name) => ejs.escapeXML(String(values[name])));
  let length = 0;
  for (const part of parts) length += part.length;
  for (const text of filled) length += Buffer.byteLength(text);
  const out = Buffer.allocUnsafe(length);
  let at = parts[0]!.copy(out, 0);
  for (let i = 0; i < filled.length; i++) {
    at += out.write(filled[i]!, at);
    at += parts[i + 1]!.copy(out, at);
  }
  return out;
}

/**
 * Pages that are the same for many requests but for a few values (a form token, a count): rendered once
 * per key with stand-ins for those values, kept as bytes, and filled in on each request. A question page
 * is the same for every student who sees its choices in the same order; re-running its templates on every
 * request was a third of its cost. The key must name everything the page shows except the holes (e.g. a
 * lesson's id and version); `data` is all the template gets, so nothing else of the request leaks into a
 * page shared with others. At most `limit` pages are kept; when full it starts again empty.
 * With the app's 'view cache' off (development, tests comparing with stock ejs) every page is rendered.
 */
export class PagePieces {
  readonly #pages = new Map<string, Pieces>();

  constructor(readonly limit: number) {}

  /** Sends `view` rendered with `data()` and `holes` (status 200), as res.render would. */
  send(res: Response, view: string, key: string, data: () => object, holes: Holes): void {
    const app = res.app;
    if (!app.enabled('view cache')) {
      res.render(view, { ...data(), ...holes });
      return;
    }
    const known = this.#pages.get(key);
    if (known) {
      respond(res, fill(known, holes));
      return;
    }
    const standIns: Holes = {};
    for (const name of Object.keys(holes)) standIns[name] = standIn(name);
    app.render(view, { ...data(), ...standIns, _locals: {} }, (err: unknown, html?: string) => {
      if (err) {
        res.req.next!(err);
        return;
      }
      const pieces = piecesOf(html!);
      if (this.#pages.size >= this.limit) this.#pages.clear();
      this.#pages.set(key, pieces);
      respond(res, fill(pieces, holes));
    });
  }
}

// What res.render's res.send(html) sends: the same type, length and status, from bytes.
function respond(res: Response, body: Buffer): void {
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.send(body);
}
