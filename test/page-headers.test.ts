import assert from 'node:assert/strict';
import request from 'supertest';
import { makeTestApp, type TestApp } from './helpers/app.ts';
import { joinDemo } from './helpers/student.ts';

describe('createApp(response headers)', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await makeTestApp();
  });
  afterEach(() => t.cleanup());

  it('sends pages with the security headers and without an ETag, static files with one', async () => {
    const s = await joinDemo(t);
    const page = await s.agent.get(`/play/${s.lesson.id}/q/1`).expect(200);
    assert.equal(page.headers.etag, undefined);
    assert.match(String(page.headers['content-security-policy']), /default-src 'self'/);
    assert.equal(page.headers['x-frame-options'], 'SAMEORIGIN');
    const css = await request(t.app).get('/static/byline.css').expect(200);
    assert.ok(css.headers.etag);
  });
});
