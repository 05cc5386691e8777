import assert from 'node:assert/strict';
import request from 'supertest';
import { makeTestApp, type TestApp } from './helpers/app.ts';
import { cookiesFrom, csrfFrom } from './helpers/forms.ts';
import { PASSWORD, postForm, signIn, type Agent } from './helpers/teacher.ts';

function sessionCookie(res: { headers: Record<string, unknown> }): string {
  const list = (res.headers['set-cookie'] as string[] | undefined) ?? [];
  const found = list.find((c) => c.startsWith('byline_teacher='));
  if (!found) throw new Error('test: no session cookie set');
  return found.split(';')[0]!;
}

describe('teacher sessions', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await makeTestApp({ teacherPassword: PASSWORD });
  });
  afterEach(() => t.cleanup());

  async function signedIn(): Promise<{ agent: Agent; cookie: string }> {
    const agent = request.agent(t.app);
    const res = await signIn(agent, PASSWORD);
    assert.equal(res.status, 303);
    return { agent, cookie: sessionCookie(res) };
  }
  const withCookie = (cookie: string) => request(t.app).get('/teacher').set('Cookie', cookie);

  it('ends a session server-side at sign-out: a copy of the cookie no longer opens the pages', async () => {
    const { agent, cookie } = await signedIn();
    assert.equal((await withCookie(cookie)).status, 200);
    const out = await postForm(agent, '/teacher/logout', {});
    assert.equal(out.status, 303);
    const copied = await withCookie(cookie);
    assert.equal(copied.status, 303);
    assert.equal(copied.headers.location, '/teacher/login');
  });

  it('gives a new session id at every sign-in and ends the one the browser brought along', async () => {
    const { agent, cookie: first } = await signedIn();
    const again = await postForm(agent, '/teacher/login', { password: PASSWORD });
    const second = sessionCookie(again);
    assert.notEqual(second, first);
    assert.equal((await withCookie(first)).status, 303);
    assert.equal((await withCookie(second)).status, 200);
  });

  it('"sign out everywhere" ends every session on every device', async () => {
    const a = await signedIn();
    const b = await signedIn();
    const res = await postForm(a.agent, '/teacher/account/sign-out-everywhere', {});
    assert.equal(res.status, 303);
    assert.equal(res.headers.location, '/teacher/login');
    assert.equal((await withCookie(a.cookie)).status, 303);
    assert.equal((await withCookie(b.cookie)).status, 303);
    assert.equal((await b.agent.get('/teacher')).status, 303);
  });

  it('a password change signs out every other browser and keeps this one signed in', async () => {
    const a = await signedIn();
    const b = await signedIn();
    const res = await postForm(a.agent, '/teacher/account/password', {
      current: PASSWORD,
      password: 'a brand new password',
      confirm: 'a brand new password',
    });
    assert.equal(res.status, 303);
    assert.equal((await a.agent.get('/teacher')).status, 200);
    assert.equal((await withCookie(a.cookie)).status, 303);
    assert.equal((await withCookie(b.cookie)).status, 303);
    assert.equal((await signIn(request.agent(t.app), PASSWORD)).status, 401);
    assert.equal((await signIn(request.agent(t.app), 'a brand new password')).status, 303);
  });

  it('refuses a password change with a wrong current password and keeps every session', async () => {
    const a = await signedIn();
    const res = await postForm(a.agent, '/teacher/account/password', {
      current: 'not it',
      password: 'a brand new password',
      confirm: 'a brand new password',
    });
    assert.equal(res.status, 401);
    assert.match(res.text, /current password is not right/);
    assert.equal((await withCookie(a.cookie)).status, 200);
  });

  it('refuses a tampered session cookie and one signed for another session id', async () => {
    const { cookie } = await signedIn();
    const value = cookie.slice('byline_teacher='.length);
    const flipped = value.slice(0, -1) + (value.endsWith('0') ? '1' : '0');
    assert.equal((await withCookie(`byline_teacher=${flipped}`)).status, 303);
    const otherId = value.replace(/^teacher\.[^.]+/, `teacher.${'A'.repeat(43)}`);
    assert.equal((await withCookie(`byline_teacher=${otherId}`)).status, 303);
  });

  it('sends Cache-Control: no-store with every teacher page, signed in or not', async () => {
    const { agent } = await signedIn();
    const [c] = await t.store.listClasses();
    for (const path of ['/teacher', '/teacher/lessons/new', `/teacher/classes/${c!.id}`]) {
      const res = await agent.get(path);
      assert.equal(res.status, 200);
      assert.equal(res.headers['cache-control'], 'no-store', path);
    }
    const login = await request(t.app).get('/teacher/login');
    assert.equal(login.headers['cache-control'], 'no-store');
    const out = await request(t.app).get('/teacher');
    assert.equal(out.headers['cache-control'], 'no-store');
  });

  it('marks cookies Secure behind a trusted HTTPS proxy', async () => {
    const proxied = await makeTestApp({ teacherPassword: PASSWORD, trustProxy: 1 });
    try {
      const page = await request(proxied.app)
        .get('/teacher/login')
        .set('X-Forwarded-Proto', 'https');
      assert.match(
        (page.headers['set-cookie'] as unknown as string[]).join('\n'),
        /byline_csrf=[^\n]*; Secure/,
      );
      const res = await request(proxied.app)
        .post('/teacher/login')
        .set('X-Forwarded-Proto', 'https')
        .set('Cookie', cookiesFrom(page))
        .type('form')
        .send({ password: PASSWORD, _csrf: csrfFrom(page.text) });
      assert.equal(res.status, 303);
      const set = (res.headers['set-cookie'] as unknown as string[]).join('\n');
      assert.match(set, /byline_teacher=[^\n]*; Secure/);
    } finally {
      await proxied.cleanup();
    }
  });
});
