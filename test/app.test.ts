import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import request from 'supertest';
import { DEFAULT_COUNT, DEFAULT_SELECTION } from '../server/quiz/index.ts';
import { createApp } from '../server/app.ts';
import { verifyPassword } from '../server/auth/password.ts';
import { makeTestApp, testConfig, type TestApp } from './helpers/app.ts';
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

  it('answers a body over 1 MB with a friendly 413 page', async () => {
    const agent = request.agent(t.app);
    const token = csrfFrom((await agent.get('/').expect(200)).text);
    const res = await agent
      .post('/join')
      .type('form')
      .send({ code: 'ABCDEF', name: 'x'.repeat(1_100_000), _csrf: token })
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

describe('createApp(first start)', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.cleanup();
    t = undefined;
  });

  it('makes the bundled article a published lesson and a demo class with it assigned', async () => {
    t = await makeTestApp();
    const lessons = await t.store.listLessons();
    assert.equal(lessons.length, 1);
    assert.equal(lessons[0]!.published, true);
    assert.equal(lessons[0]!.bundled, true);
    // A lesson period's worth, not every question the article offers.
    assert.equal(lessons[0]!.questions.length, DEFAULT_COUNT);
    assert.deepEqual(lessons[0]!.selection, DEFAULT_SELECTION);
    const classes = await t.store.listClasses();
    assert.deepEqual(
      classes.map((c) => [c.name, c.lessonIds]),
      [['Demo class', [lessons[0]!.id]]],
    );
  });

  it('hashes BYLINE_TEACHER_PASSWORD with scrypt, never storing it in clear', async () => {
    t = await makeTestApp({ teacherPassword: 'correct horse' });
    const { passwordHash } = await t.store.teacher();
    assert.match(passwordHash ?? '', /^scrypt\$/);
    assert.equal(await verifyPassword('correct horse', passwordHash!), true);
    assert.doesNotMatch(readFileSync(t.dataFile, 'utf8'), /correct horse/);
  });

  it('leaves the teacher password unset without BYLINE_TEACHER_PASSWORD', async () => {
    t = await makeTestApp();
    assert.equal((await t.store.teacher()).passwordHash, null);
  });

  it('starts with no lessons and no class when the content folder is missing', async () => {
    t = await makeTestApp({ contentDir: '/nonexistent/byline-content' });
    assert.deepEqual(await t.store.listLessons(), []);
    assert.deepEqual(await t.store.listClasses(), []);
  });

  it('shares one store between two apps on the same file', async () => {
    t = await makeTestApp();
    const second = await createApp(t.config);
    assert.equal(second.store, t.store);
    assert.equal((await t.store.listLessons()).length, 1);
  });

  it('refuses a corrupt data file with an error naming it and does not overwrite it', async () => {
    const config = testConfig();
    mkdirSync(dirname(config.dataFile), { recursive: true });
    writeFileSync(config.dataFile, '{"lessons": [oops');
    await assert.rejects(createApp(config), (err: Error) => err.message.includes(config.dataFile));
    assert.equal(readFileSync(config.dataFile, 'utf8'), '{"lessons": [oops');
    rmSync(dirname(config.dataFile), { recursive: true, force: true });
  });
});

describe('createApp(bad requests)', () => {
  let t: TestApp;
  before(async () => {
    t = await makeTestApp();
  });
  after(() => t.cleanup());

  it('answers malformed and hostile requests with 4xx pages, never a 500 or a stack trace', async () => {
    const agent = request.agent(t.app);
    const csrf = csrfFrom((await agent.get('/').expect(200)).text);
    const gets = [
      '/%',
      '/play/%E0%A4%A',
      '/play/..%2F..%2Fetc%2Fpasswd',
      '/class?x=%00',
      '/?code[]=A',
      '/static/../package.json',
    ];
    for (const path of gets) {
      const res = await agent.get(path);
      assert.ok(res.status < 500, `GET ${path} gave ${res.status}`);
      assert.doesNotMatch(res.text, /at \S+ \(|node_modules/);
    }
    const posts: [string, string][] = [
      ['/join', `_csrf=${csrf}&code=A&code=B&name=x`],
      ['/join', `_csrf=${csrf}&code=%ZZ&name=%`],
      ['/join', `_csrf=${csrf}&_csrf=${csrf}&code=ABCDEF&name=x`],
      ['/play/x/q/1', `_csrf=${csrf}&answer=a`],
      ['/nope', `_csrf=${csrf}`],
    ];
    for (const [path, body] of posts) {
      const res = await agent.post(path).type('form').send(body);
      assert.ok(res.status >= 300 && res.status < 500, `POST ${path} ${body} gave ${res.status}`);
      assert.doesNotMatch(res.text, /at \S+ \(|node_modules/);
    }
  });
});
