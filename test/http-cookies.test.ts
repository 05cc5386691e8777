import assert from 'node:assert/strict';
import type { NextFunction, Request, Response } from 'express';
import express from 'express';
import request from 'supertest';
import cookieParser from 'cookie-parser';
import { createHmac } from 'node:crypto';
import { cookies } from '../server/http/cookies.ts';
import { helmetHeaders, securityHeaders } from '../server/http/security.ts';

const SECRET = 'test-secret-that-signs-cookies';

/** A value signed the way cookie-parser checks it (cookie-signature: HMAC-SHA256, base64 without padding). */
function sign(value: string, secret: string): string {
  return `${value}.${createHmac('sha256', secret).update(value).digest('base64').replace(/=+$/, '')}`;
}

type Middleware = (req: Request, res: Response, next: NextFunction) => void;

/** What a cookie middleware leaves on a request with this Cookie header. */
function parsedBy(middleware: Middleware, header: string | undefined) {
  const req = { headers: header === undefined ? {} : { cookie: header } } as Request;
  let called = 0;
  middleware(req, {} as Response, () => void called++);
  assert.equal(called, 1);
  return { cookies: { ...req.cookies }, signed: { ...req.signedCookies }, secret: req.secret };
}

describe('cookies(secret)', () => {
  const good = `byline_csrf=abc; byline_student=s:${encodeURIComponent(sign('token-1', SECRET))}`;
  const tampered = `byline_csrf=abc; byline_student=s:${encodeURIComponent(sign('token-1', 'other'))}`;

  it('gives what cookie-parser gives, the first time and every time after', () => {
    const ours = cookies(SECRET);
    const reference = cookieParser(SECRET) as Middleware;
    for (const header of [good, good, tampered, good, undefined, 'plain=1', 'plain=1']) {
      assert.deepEqual(parsedBy(ours, header), parsedBy(reference, header));
    }
    assert.equal(parsedBy(ours, good).signed.byline_student, 'token-1');
  });

  it('never accepts a tampered signature, even after the good one was remembered', () => {
    const ours = cookies(SECRET);
    parsedBy(ours, good);
    assert.equal(parsedBy(ours, tampered).signed.byline_student, false);
  });

  it('hands out cookies nobody can change for the next request', () => {
    const ours = cookies(SECRET);
    parsedBy(ours, good);
    const req = { headers: { cookie: good } } as Request;
    ours(req, {} as Response, () => undefined);
    assert.throws(() => {
      (req.signedCookies as Record<string, unknown>).byline_student = 'someone-else';
    }, TypeError);
    assert.equal(parsedBy(ours, good).signed.byline_student, 'token-1');
  });
});

describe('securityHeaders()', () => {
  it('sends exactly the headers helmet sends', async () => {
    const withHelmet = express().use(helmetHeaders());
    const ours = express().use(securityHeaders());
    for (const app of [withHelmet, ours]) app.get('/', (_req, res) => void res.send('hi'));
    const strip = (headers: Record<string, unknown>) => {
      const { date: _date, ...rest } = headers;
      return rest;
    };
    const a = await request(withHelmet).get('/').expect(200);
    const b = await request(ours).get('/').expect(200);
    assert.deepEqual(strip(b.headers), strip(a.headers));
    assert.match(String(b.headers['content-security-policy']), /script-src 'self'/);
    assert.equal(b.headers['x-powered-by'], undefined);
  });
});
