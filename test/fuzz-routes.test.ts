import assert from 'node:assert/strict';
import fc from 'fast-check';
import request from 'supertest';
import { makeTestApp, type TestApp } from './helpers/app.ts';
import { cookiesFrom, csrfFrom } from './helpers/forms.ts';
import { fillPath, registeredRoutes, type RegisteredRoute } from './helpers/routes.ts';
import { joinDemo } from './helpers/student.ts';
import { PASSWORD, signIn } from './helpers/teacher.ts';

// Field names the forms really use, so random values reach the handlers' own checks and not only the defaults.
const FIELDS = [
  '_csrf',
  'code',
  'name',
  'text',
  'title',
  'password',
  'confirm',
  'current',
  'lessonId',
  'questionId',
  'answer',
  'page',
  'url',
  'label-0',
  'qtype-0-0',
  'speaker-0-0',
  'count',
  'kinds',
  '__proto__',
];
const COOKIES = ['byline_teacher', 'byline_student', 'byline_csrf', 'byline_device', 'x'];

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', '0', '-1', '99999999999', 'null', '%', '%E0%A4%A', '<script>', '../..'),
);
const pairs = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...FIELDS), text), text), {
  maxLength: 8,
});

function encode(list: [string, string][]): string {
  return list.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
}

describe('every registered route given random forms, query strings and cookies', () => {
  let t: TestApp;
  let routes: RegisteredRoute[];
  let params: Record<string, string>;
  let identities: { cookie: string; csrf: string }[];

  before(async () => {
    t = await makeTestApp({ teacherPassword: PASSWORD });
    routes = registeredRoutes(t.app);
    const student = await joinDemo(t, 'Fuzz');
    params = { id: student.classroom.id, lessonId: student.lesson.id, n: '1', answerId: 'x' };
    const teacher = request.agent(t.app);
    const signed = await signIn(teacher, PASSWORD);
    const home = await teacher.get('/teacher');
    const studentPage = await student.agent.get('/class');
    const nobody = await request(t.app).get('/');
    identities = [
      { cookie: cookiesFrom(nobody), csrf: csrfFrom(nobody.text) },
      {
        cookie: `${cookiesFrom(signed)}; ${cookiesFrom(await request(t.app).get('/teacher/login'))}`,
        csrf: csrfFrom(home.text),
      },
      {
        cookie: (studentPage.request as unknown as { cookies?: string }).cookies ?? '',
        csrf: student.csrf,
      },
    ];
    // The teacher's agent holds the matching csrf cookie; use its cookie jar for the teacher identity.
    const jar = (home.request as unknown as { cookies?: string }).cookies;
    if (jar) identities[1]!.cookie = jar;
  });
  after(() => t.cleanup());

  it('answers with a page below 500 and never shows a stack trace', async () => {
    // The identities really are signed in, so random input reaches the handlers behind the checks.
    assert.equal(
      (await request(t.app).get('/teacher').set('Cookie', identities[1]!.cookie)).status,
      200,
    );
    assert.equal(
      (await request(t.app).get('/class').set('Cookie', identities[2]!.cookie)).status,
      200,
    );
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          route: fc.nat({ max: routes.length - 1 }),
          who: fc.nat({ max: 2 }),
          realIds: fc.boolean(),
          randomId: text,
          body: pairs,
          query: pairs,
          validToken: fc.boolean(),
          cookies: fc.array(fc.tuple(fc.constantFrom(...COOKIES), text), { maxLength: 3 }),
        }),
        async (input) => {
          const route = routes[input.route]!;
          const who = identities[input.who]!;
          const path = fillPath(route.path, input.realIds ? params : {}, input.randomId || 'x');
          const url = input.query.length > 0 ? `${path}?${encode(input.query)}` : path;
          const extra = input.cookies.map(([k, v]) => `${k}=${encodeURIComponent(v)}`);
          const cookie = [who.cookie, ...extra].filter((c) => c !== '').join('; ');
          const body = encode(input.validToken ? [['_csrf', who.csrf], ...input.body] : input.body);
          const res =
            route.method === 'GET'
              ? await request(t.app).get(url).set('Cookie', cookie)
              : await request(t.app).post(url).set('Cookie', cookie).type('form').send(body);
          assert.ok(res.status < 500, `${route.method} ${url} gave ${res.status}`);
          assert.doesNotMatch(
            res.text,
            /\n\s+at .+:\d+:\d+/,
            `${route.method} ${url} leaked a stack`,
          );
        },
      ),
      { numRuns: 150 },
    );
  });
});
