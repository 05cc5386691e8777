import assert from 'node:assert/strict';
import request from 'supertest';
import { makeTestApp, type TestApp } from './helpers/app.ts';
import { csrfFrom } from './helpers/forms.ts';
import { joinDemo } from './helpers/student.ts';

describe('GET / and POST /join', () => {
  let t: TestApp;
  let code: string;
  beforeEach(async () => {
    t = await makeTestApp();
    code = (await t.store.listClasses())[0]!.code;
  });
  afterEach(() => t.cleanup());

  async function post(form: Record<string, string>) {
    const agent = request.agent(t.app);
    const csrf = csrfFrom((await agent.get('/').expect(200)).text);
    return agent
      .post('/join')
      .type('form')
      .send({ _csrf: csrf, ...form });
  }

  it('shows the join form with code, name and _csrf fields', async () => {
    const res = await request(t.app).get('/').expect(200);
    assert.match(res.text, /name="code"/);
    assert.match(res.text, /name="name"/);
    assert.match(res.text, /name="_csrf" value="[^"]+"/);
  });

  it('joins with a lower-case code and a padded name, then shows the class page', async () => {
    const agent = request.agent(t.app);
    const csrf = csrfFrom((await agent.get('/').expect(200)).text);
    const res = await agent
      .post('/join')
      .type('form')
      .send({ code: ` ${code.toLowerCase()} `, name: '  Ada  ', _csrf: csrf })
      .expect(303);
    assert.equal(res.headers.location, '/class');
    const cookie = String(res.headers['set-cookie']);
    assert.match(cookie, /byline_student=s%3A/);
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Lax/);
    const home = await agent.get('/class').expect(200);
    assert.match(home.text, /<strong>Ada<\/strong>/);
    assert.match(home.text, /0 of \d+ questions answered/);
  });

  it('rejects an unknown code with a 422 form error that names it and re-shows the form', async () => {
    const res = await post({ code: 'ZZZZZZ', name: 'Ada' });
    assert.equal(res.status, 422);
    assert.match(res.text, /No class uses the code ZZZZZZ/);
    assert.match(res.text, /name="code" value="ZZZZZZ"/);
    assert.match(res.text, /name="name" value="Ada"/);
  });

  it('rejects an empty name with a 400 page and stores nobody', async () => {
    const res = await post({ code, name: '   ' });
    assert.equal(res.status, 400);
    assert.match(res.text, /Type your name/);
    assert.deepEqual(await t.store.listStudents((await t.store.listClasses())[0]!.id), []);
  });

  it('rejects a 10 KB name with a 400 page, without echoing it back in full', async () => {
    const res = await post({ code, name: 'x'.repeat(10_000) });
    assert.equal(res.status, 400);
    assert.match(res.text, /at most 40 characters/);
    assert.ok(res.text.length < 8000);
  });

  it('rejects a name with control characters', async () => {
    const res = await post({ code, name: 'Ada\u0007' });
    assert.equal(res.status, 400);
    assert.match(res.text, /control characters/);
  });

  it('rejects a code with characters outside the unambiguous alphabet', async () => {
    const res = await post({ code: 'ABC10O', name: 'Ada' });
    assert.equal(res.status, 400);
    assert.match(res.text, /6 letters and digits/);
  });

  it('rejects missing fields with a 400 page, not a server error', async () => {
    const res = await post({});
    assert.equal(res.status, 400);
  });

  it('refuses a closed class with a 403 page', async () => {
    const classroom = (await t.store.listClasses())[0]!;
    await t.store.updateClass(classroom.id, { closed: true });
    const res = await post({ code, name: 'Ada' });
    assert.equal(res.status, 403);
    assert.match(res.text, /is closed/);
    assert.deepEqual(await t.store.listStudents(classroom.id), []);
  });

  it('refuses a join without _csrf with a 403 and stores nobody', async () => {
    await request(t.app).post('/join').type('form').send({ code, name: 'Ada' }).expect(403);
    const agent = request.agent(t.app);
    await agent.get('/').expect(200);
    await agent.post('/join').type('form').send({ code, name: 'Ada', _csrf: 'forged' }).expect(403);
    assert.deepEqual(await t.store.listStudents((await t.store.listClasses())[0]!.id), []);
  });

  it('keeps the same student when this device joins the same class again', async () => {
    const s = await joinDemo(t);
    await s.agent
      .post('/join')
      .type('form')
      .send({ code, name: 'Ada again', _csrf: s.csrf })
      .expect(303);
    assert.equal((await t.store.listStudents(s.classroom.id)).length, 1);
    assert.match(
      (await s.agent.get('/').expect(200)).text,
      /You already joined as <strong>Ada<\/strong>/,
    );
  });

  it('sends a visitor without a student cookie from /class to the join form', async () => {
    const res = await request(t.app).get('/class').expect(303);
    assert.equal(res.headers.location, '/');
  });

  it('ignores a tampered student cookie', async () => {
    const s = await joinDemo(t);
    const res = await request(t.app)
      .get('/class')
      .set('Cookie', `byline_student=${encodeURIComponent('s:' + s.student.token + '.forged')}`)
      .expect(303);
    assert.equal(res.headers.location, '/');
  });

  it('escapes a name with markup everywhere it is shown', async () => {
    const s = await joinDemo(t, '<b>Bo</b>');
    const home = await s.agent.get('/class').expect(200);
    assert.match(home.text, /&lt;b&gt;Bo&lt;\/b&gt;/);
    assert.doesNotMatch(home.text, /<b>Bo/);
  });
});
