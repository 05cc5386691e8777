import assert from 'node:assert/strict';
import request from 'supertest';
import { makeTestApp, type TestApp } from './helpers/app.ts';
import { cookiesFrom, csrfFrom } from './helpers/forms.ts';
import { fillPath, registeredRoutes, type RegisteredRoute } from './helpers/routes.ts';
import { joinDemo } from './helpers/student.ts';
import { PASSWORD, signIn } from './helpers/teacher.ts';

/** The teacher routes anyone may use: signing in, first-time setup and signing out. */
const PUBLIC = new Set([
  'GET /teacher/login',
  'POST /teacher/login',
  'POST /teacher/setup',
  'POST /teacher/logout',
]);

interface Visitor {
  what: string;
  cookie: string;
  csrf: string;
}

describe('access-control walk over every registered teacher route', () => {
  let t: TestApp;
  let routes: RegisteredRoute[];
  let params: Record<string, string>;
  const visitors: Visitor[] = [];

  before(async () => {
    t = await makeTestApp({ teacherPassword: PASSWORD });
    routes = registeredRoutes(t.app).filter(
      (r) => r.path.startsWith('/teacher') && !PUBLIC.has(`${r.method} ${r.path}`),
    );
    const student = await joinDemo(t, 'Walker');
    params = {
      id: student.classroom.id,
      lessonId: student.lesson.id,
      answerId: 'no-such-answer',
    };

    // A visitor with only the anti-forgery cookie, so refusals come from the session check, not the form check.
    const nobody = await request(t.app).get('/teacher/login');
    visitors.push({ what: 'no session', cookie: cookiesFrom(nobody), csrf: csrfFrom(nobody.text) });

    const teacher = request.agent(t.app);
    const signedIn = await signIn(teacher, PASSWORD);
    const session = /byline_teacher=([^;]+)/.exec(cookiesFrom(signedIn))?.[1] ?? '';
    const home = await teacher.get('/teacher');
    const csrfCookie = /byline_csrf=([^;]+)/.exec(cookiesFrom(nobody))?.[1] ?? '';
    const last = session.slice(-1) === '0' ? '1' : '0';
    visitors.push({
      what: 'a tampered session',
      cookie: `byline_csrf=${csrfCookie}; byline_teacher=${session.slice(0, -1)}${last}`,
      csrf: csrfFrom(nobody.text),
    });

    await teacher
      .post('/teacher/logout')
      .type('form')
      .send({ _csrf: csrfFrom(home.text) });
    visitors.push({
      what: 'a signed-out session',
      cookie: `byline_csrf=${csrfCookie}; byline_teacher=${session}`,
      csrf: csrfFrom(nobody.text),
    });

    const studentPage = await student.agent.get('/class');
    const studentCookies = (studentPage.request as unknown as { cookies?: string }).cookies;
    visitors.push({
      what: "a student's cookie",
      cookie: studentCookies ?? '',
      csrf: student.csrf,
    });
  });
  after(() => t.cleanup());

  it('finds the teacher routes in the router', () => {
    assert.ok(routes.length >= 20, `only ${routes.length} teacher routes found`);
    assert.ok(routes.some((r) => r.method === 'POST' && r.path === '/teacher/lessons/upload'));
    assert.equal(visitors.length, 4);
    assert.match(visitors[3]!.cookie, /byline_student=/);
  });

  it('sends every visitor without a live teacher session to the sign-in page, changing nothing', async () => {
    const snapshot = async () =>
      JSON.stringify([await t.store.listLessons(), await t.store.listClasses()]);
    const before = await snapshot();
    const let_in: string[] = [];
    for (const visitor of visitors) {
      for (const route of routes) {
        const path = fillPath(route.path, params);
        const req =
          route.method === 'GET'
            ? request(t.app).get(path)
            : request(t.app)
                .post(path)
                .type('form')
                .send({ _csrf: visitor.csrf, name: 'x', text: 'x', title: 'x' });
        const res = await req.set('Cookie', visitor.cookie);
        if (res.status !== 303 || res.headers.location !== '/teacher/login') {
          let_in.push(`${visitor.what}: ${route.method} ${path} → ${res.status}`);
        }
      }
    }
    assert.deepEqual(let_in, []);
    assert.equal(await snapshot(), before);
  });
});
