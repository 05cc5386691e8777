import assert from 'node:assert/strict';
import request from 'supertest';
import { makeTestApp, type TestApp } from './helpers/app.ts';
import { csrfFrom } from './helpers/forms.ts';

describe('createApp', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await makeTestApp();
  });
  afterEach(() => t.cleanup());

  it('answers /healthz with {"ok": true} once the store is loaded', async () => {
    const res = await request(t.app).get('/healthz').expect(200);
    assert.deepEqual(res.body, { ok: true });
  });

  it('shows a friendly 404 page for an unknown address', async () => {
    const res = await request(t.app).get('/nope').expect(404);
    assert.match(res.text, /There is no page at this address/);
    assert.doesNotMatch(res.text, /at \w+ \(/);
  });

  it('rejects a form sent without _csrf with a 403 page', async () => {
    const res = await request(t.app)
      .post('/join')
      .type('form')
      .send({ code: 'ABCDEF', name: 'Ada' })
      .expect(403);
    assert.match(res.text, /form has expired/);
  });

  it('rejects a form whose _csrf belongs to another visitor', async () => {
    const other = request.agent(t.app);
    const token = csrfFrom((await other.get('/').expect(200)).text);
    const me = request.agent(t.app);
    await me.get('/').expect(200);
    await me
      .post('/join')
      .type('form')
      .send({ code: 'ABCDEF', name: 'Ada', _csrf: token })
      .expect(403);
  });

  it('answers a body over 100 KB with a friendly 413 page', async () => {
    const agent = request.agent(t.app);
    const token = csrfFrom((await agent.get('/').expect(200)).text);
    const res = await agent
      .post('/join')
      .type('form')
      .send({ code: 'ABCDEF', name: 'x'.repeat(200_000), _csrf: token })
      .expect(413);
    assert.match(res.text, /too much text/);
  });

  it('sends a strict content security policy without inline scripts', async () => {
    const res = await request(t.app).get('/').expect(200);
    const csp = String(res.headers['content-security-policy']);
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
  });

  it('serves the stylesheet from /static', async () => {
    await request(t.app).get('/static/byline.css').expect(200).expect('content-type', /css/);
  });
});
