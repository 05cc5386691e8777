import assert from 'node:assert/strict';
import request from 'supertest';
import { makeTestApp, type TestApp } from './helpers/app.ts';
import { cookiesFrom, csrfFrom } from './helpers/forms.ts';
import { hashPassword } from '../server/auth/password.ts';
import { PASSWORD, signIn } from './helpers/teacher.ts';
import { setupCode } from '../server/setup/setup-code.ts';
import { startupBanner } from '../server/setup/banner.ts';

describe('teacher sign-in', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await makeTestApp({ teacherPassword: PASSWORD });
  });
  afterEach(() => t.cleanup());

  it('shows a password form with an anti-forgery field', async () => {
    const res = await request(t.app).get('/teacher/login');
    assert.equal(res.status, 200);
    assert.match(res.text, /name="password"/);
    assert.match(res.text, /name="_csrf"/);
  });

  it('rejects a wrong password with 401 and shows the form again', async () => {
    const res = await signIn(request.agent(t.app), 'not the password');
    assert.equal(res.status, 401);
    assert.match(res.text, /password is not right/);
    assert.match(res.text, /name="password"/);
    assert.doesNotMatch(res.headers['set-cookie']?.toString() ?? '', /byline_teacher=/);
  });

  it('signs in with the right password: 303 to /teacher and an httpOnly, strict session cookie', async () => {
    const res = await signIn(request.agent(t.app), PASSWORD);
    assert.equal(res.status, 303);
    assert.equal(res.headers.location, '/teacher');
    const cookie = (res.headers['set-cookie'] as unknown as string[]).find((c) =>
      c.startsWith('byline_teacher='),
    );
    assert.match(cookie ?? '', /HttpOnly/);
    assert.match(cookie ?? '', /SameSite=Strict/);
  });

  it('lets a signed-in teacher see the dashboard and sign out again', async () => {
    const agent = request.agent(t.app);
    await signIn(agent, PASSWORD);
    const home = await agent.get('/teacher');
    assert.equal(home.status, 200);
    assert.match(home.text, /Your classes/);
    const out = await agent
      .post('/teacher/logout')
      .type('form')
      .send({ _csrf: csrfFrom(home.text) });
    assert.equal(out.status, 303);
    assert.equal((await agent.get('/teacher')).status, 303);
  });

  it('refuses a forged session cookie', async () => {
    const forged = `byline_teacher=teacher.1.99999999999999.${'0'.repeat(64)}`;
    const res = await request(t.app).get('/teacher').set('Cookie', forged);
    assert.equal(res.status, 303);
  });
});

describe('teacher pages without a session', () => {
  let t: TestApp;
  before(async () => {
    t = await makeTestApp({ teacherPassword: PASSWORD });
  });
  after(() => t.cleanup());

  const pages = [
    '/teacher',
    '/teacher/lessons/new',
    '/teacher/classes/abc',
    '/teacher/classes/abc/lessons/def',
    '/teacher/classes/abc/export.csv',
    '/teacher/classes/abc/lessons/def/export.csv',
    '/teacher/lessons/abc',
  ];
  for (const path of pages) {
    it(`redirects GET ${path} to the login page without showing anything`, async () => {
      const res = await request(t.app).get(path);
      assert.equal(res.status, 303);
      assert.equal(res.headers.location, '/teacher/login');
      assert.doesNotMatch(res.text, /Export/);
    });
  }

  const actions = [
    '/teacher/classes',
    '/teacher/lessons',
    '/teacher/lessons/abc',
    '/teacher/classes/abc/close',
  ];
  for (const path of actions) {
    it(`refuses POST ${path} with a valid form token but no session`, async () => {
      const agent = request.agent(t.app);
      const page = await agent.get('/teacher/login');
      const res = await agent
        .post(path)
        .type('form')
        .send({ name: 'x', text: 'x', _csrf: csrfFrom(page.text) });
      assert.equal(res.status, 303);
      assert.equal(res.headers.location, '/teacher/login');
      assert.equal((await t.store.listClasses()).length, 1);
    });
  }
});

describe('first-time password setup', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await makeTestApp();
  });
  afterEach(() => t.cleanup());

  async function setup(
    agent: ReturnType<typeof request.agent>,
    password: string,
    confirm: string,
    code = setupCode(t.store.secret()),
  ) {
    const page = await agent.get('/teacher/login');
    return agent
      .post('/teacher/setup')
      .type('form')
      .send({ code, password, confirm, _csrf: csrfFrom(page.text) });
  }

  it('asks to set a password when none is set', async () => {
    const first = await request(t.app).get('/teacher');
    assert.equal(first.headers.location, '/teacher/login');
    const res = await request(t.app).get('/teacher/login');
    assert.equal(res.status, 200);
    assert.match(res.text, /Set the teacher password/);
    assert.match(res.text, /name="confirm"/);
    assert.match(res.text, /name="code"/);
  });

  it('refuses the first visitor without the setup code: no password, no session', async () => {
    const agent = request.agent(t.app);
    for (const code of ['', 'nope', 'AAAAA-AAAAA']) {
      const res = await setup(agent, 'takeover attempt', 'takeover attempt', code);
      assert.equal(res.status, 403);
      assert.match(res.text, /setup code is not right/);
      assert.equal(cookiesFrom(res).includes('byline_teacher='), false);
    }
    assert.equal((await t.store.teacher()).passwordHash, null);
    assert.equal((await agent.get('/teacher')).status, 303);
  });

  it('counts wrong setup codes like wrong passwords: the fourth try in a row must wait', async () => {
    const agent = request.agent(t.app);
    for (let i = 0; i < 3; i++) {
      assert.equal((await setup(agent, 'takeover 123', 'takeover 123', `WRONG-${i}`)).status, 403);
    }
    const slowed = await setup(agent, 'my new password', 'my new password');
    assert.equal(slowed.status, 429);
    assert.match(slowed.text, /Wait \d+ seconds?/);
    assert.equal((await t.store.teacher()).passwordHash, null);
  });

  it('accepts the code typed in lower case with spaces, and it no longer works once used', async () => {
    const code = setupCode(t.store.secret()).toLowerCase().replace('-', ' ');
    const res = await setup(request.agent(t.app), 'my new password', 'my new password', code);
    assert.equal(res.status, 303);
    const again = await setup(request.agent(t.app), 'second password', 'second password');
    assert.equal(again.status, 303);
    assert.equal(again.headers.location, '/teacher/login');
    assert.equal(await signIn(request.agent(t.app), 'second password').then((r) => r.status), 401);
  });

  it('prints the setup code in the start-up banner until a password is set', async () => {
    const code = setupCode(t.store.secret());
    assert.match(code, /^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
    assert.ok((await startupBanner(t.store, 3000)).includes(code));
    await t.store.setTeacherPasswordHash(await hashPassword('some password'));
    assert.equal((await startupBanner(t.store, 3000)).includes(code), false);
  });

  it('rejects a short password and a mismatched confirmation', async () => {
    const agent = request.agent(t.app);
    const short = await setup(agent, 'short', 'short');
    assert.equal(short.status, 400);
    assert.match(short.text, /at least 8 characters/);
    const mismatch = await setup(agent, 'long enough 1', 'long enough 2');
    assert.equal(mismatch.status, 400);
    assert.match(mismatch.text, /not the same/);
    assert.equal((await t.store.teacher()).passwordHash, null);
  });

  it('sets the password, signs the teacher in, and then only allows sign-in', async () => {
    const agent = request.agent(t.app);
    const res = await setup(agent, 'my new password', 'my new password');
    assert.equal(res.status, 303);
    assert.equal((await agent.get('/teacher')).status, 200);
    const stranger = request.agent(t.app);
    const again = await setup(stranger, 'takeover attempt', 'takeover attempt');
    assert.equal(again.status, 303);
    assert.equal(again.headers.location, '/teacher/login');
    const wrong = await signIn(stranger, 'takeover attempt');
    assert.equal(wrong.status, 401);
  });

  it('does not sign anyone in before a password exists', async () => {
    const agent = request.agent(t.app);
    const res = await signIn(agent, 'anything');
    assert.equal(res.status, 409);
    assert.equal(cookiesFrom(res).includes('byline_teacher='), false);
  });
});

describe('teacher session after a password change', () => {
  it('is no longer accepted', async () => {
    const t = await makeTestApp({ teacherPassword: PASSWORD });
    try {
      const agent = request.agent(t.app);
      await signIn(agent, PASSWORD);
      assert.equal((await agent.get('/teacher')).status, 200);
      await t.store.setTeacherPasswordHash(await hashPassword('a different password'));
      assert.equal((await agent.get('/teacher')).status, 303);
    } finally {
      await t.cleanup();
    }
  });
});
