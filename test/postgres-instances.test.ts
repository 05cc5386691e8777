import assert from 'node:assert/strict';
import { createApp } from '../server/app.ts';
import type { Config } from '../server/config.ts';
import type { Question } from '../server/quiz/types.ts';
import type { Store } from '../server/store/types.ts';
import { DEMO_CLASS_NAME } from '../server/setup/first-start.ts';
import { testConfig } from './helpers/app.ts';
import { Browser } from './helpers/browser.ts';
import { csrfFrom } from './helpers/forms.ts';
import { dropTestSchemas, freshDatabaseUrl, TEST_DATABASE_URL } from './helpers/postgres.ts';
import { PASSWORD } from './helpers/teacher.ts';
import { FREE_FAILURES } from '../server/auth/login-guard.ts';
import request from 'supertest';

type Instance = Awaited<ReturnType<typeof createApp>>;

/** The form fields of a valid answer to `q`. */
function answerForm(q: Question, csrf: string): Record<string, string> {
  const answer =
    q.type === 'rewrite' ? 'The council met on Friday.' : (q.correct[0] ?? q.choices[0]!.id);
  return { _csrf: csrf, questionId: q.id, answer };
}

// Registered only when a test database is configured; .ci/run always provides one.
if (TEST_DATABASE_URL) {
  describe('two Byline instances on one PostgreSQL database', () => {
    let config: Config;
    let instances: Instance[];
    const start = (n: number) =>
      Promise.all(Array.from({ length: n }, () => createApp(config))).then((list) => {
        instances.push(...list);
        return list;
      });

    beforeEach(async () => {
      config = testConfig({ databaseUrl: await freshDatabaseUrl(), teacherPassword: PASSWORD });
      instances = [];
    });
    afterEach(async () => {
      await Promise.all(instances.map((i) => i.store.close()));
      await dropTestSchemas();
    });

    /** A student who joined the demo class on instance `via`, and the demo lesson. */
    async function joinDemo(store: Store, via: Instance) {
      const [classroom] = await store.listClasses();
      const [lesson] = await store.listLessons();
      assert.ok(classroom && lesson, 'first start made a demo class and lesson');
      const browser = new Browser();
      const csrf = csrfFrom((await browser.get(via.app, '/')).text);
      const joined = await browser.post(via.app, '/join', {
        code: classroom.code,
        name: 'Ada',
        _csrf: csrf,
      });
      assert.equal(joined.status, 303);
      return { browser, csrf, lesson };
    }

    it('creates one demo class and each bundled lesson once when both start on an empty database', async () => {
      const [a, b] = await start(2);
      const classes = await a!.store.listClasses();
      assert.deepEqual(
        classes.map((c) => c.name),
        [DEMO_CLASS_NAME],
      );
      const lessons = await b!.store.listLessons();
      assert.equal(new Set(lessons.map((l) => l.title)).size, lessons.length);
      assert.deepEqual(
        classes[0]!.lessonIds,
        lessons.map((l) => l.id),
      );
      assert.equal(a!.store.secret(), b!.store.secret());
    });

    it('stores every answer once when a student answers on the two instances in turn', async () => {
      const [a, b] = await start(2);
      const { browser, csrf, lesson } = await joinDemo(a!.store, a!);
      for (const [i, q] of lesson.questions.entries()) {
        const via = i % 2 ? a! : b!;
        const res = await browser.post(
          via.app,
          `/play/${lesson.id}/q/${i + 1}`,
          answerForm(q, csrf),
        );
        assert.equal(res.status, 303);
        assert.equal(res.headers.location, `/play/${lesson.id}/q/${i + 1}/feedback`);
      }
      const stored = await b!.store.listAnswers({ lessonId: lesson.id });
      assert.equal(stored.length, lesson.questions.length);
      assert.deepEqual(
        stored.map((s) => s.questionId),
        lesson.questions.map((q) => q.id),
      );
    });

    it('stores the same answer sent to both instances at once only once', async () => {
      const [a, b] = await start(2);
      const { browser, csrf, lesson } = await joinDemo(a!.store, b!);
      const q = lesson.questions[0]!;
      const url = `/play/${lesson.id}/q/1`;
      const results = await Promise.all([
        browser.post(a!.app, url, answerForm(q, csrf)),
        browser.post(b!.app, url, answerForm(q, csrf)),
      ]);
      assert.deepEqual(
        results.map((r) => r.status),
        [303, 303],
      );
      const stored = await a!.store.listAnswers({ lessonId: lesson.id });
      assert.equal(stored.filter((s) => s.questionId === q.id).length, 1);
    });

    it('counts wrong passwords sent to either instance against the same source', async () => {
      const [a, b] = await start(2);
      const browser = new Browser();
      const statuses: number[] = [];
      for (let i = 0; i < FREE_FAILURES + 1; i++) {
        const via = i % 2 ? a! : b!;
        const csrf = csrfFrom((await browser.get(via.app, '/teacher/login')).text);
        const res = await browser.post(via.app, '/teacher/login', {
          password: `wrong ${i}`,
          _csrf: csrf,
        });
        statuses.push(res.status);
      }
      assert.deepEqual(statuses, [...Array(FREE_FAILURES).fill(401), 429]);
    });

    it('signs a teacher out on both instances when they sign out on one', async () => {
      const [a, b] = await start(2);
      const browser = new Browser();
      const csrf = csrfFrom((await browser.get(a!.app, '/teacher/login')).text);
      await browser.post(a!.app, '/teacher/login', { password: PASSWORD, _csrf: csrf });
      const copied = browser.cookie;
      const home = await browser.get(b!.app, '/teacher');
      assert.equal(home.status, 200);
      const out = await browser.post(b!.app, '/teacher/logout', { _csrf: csrfFrom(home.text) });
      assert.equal(out.status, 303);
      const replay = await request(a!.app).get('/teacher').set('Cookie', copied);
      assert.equal(replay.status, 303);
    });

    it('refuses with a 409 a save on one instance made from a form older than a save on the other', async () => {
      const [a, b] = await start(2);
      const [lesson] = await a!.store.listLessons();
      const teacher = new Browser();
      const csrf = csrfFrom((await teacher.get(a!.app, '/teacher/login')).text);
      await teacher.post(a!.app, '/teacher/login', { password: PASSWORD, _csrf: csrf });
      const url = `/teacher/lessons/${lesson!.id}`;
      const formOn = async (via: Instance) => {
        const page = await teacher.get(via.app, url);
        assert.equal(page.status, 200);
        const version = /name="version" value="(\d+)"/.exec(page.text)?.[1] ?? '';
        return { _csrf: csrfFrom(page.text), version };
      };
      const tabA = await formOn(a!);
      const tabB = await formOn(b!);
      const saved = await teacher.post(b!.app, url, { ...tabB, title: 'Saved on B' });
      assert.equal(saved.status, 303);
      const stale = await teacher.post(a!.app, url, { ...tabA, title: 'Stale on A' });
      assert.equal(stale.status, 409);
      assert.match(stale.text, /value="Stale on A"/);
      assert.equal((await a!.store.getLesson(lesson!.id))?.title, 'Saved on B');
    });

    it("shows on one instance's live class view an answer sent to the other", async () => {
      const [a, b] = await start(2);
      const { browser, csrf, lesson } = await joinDemo(a!.store, b!);
      const [classroom] = await a!.store.listClasses();
      const teacher = new Browser();
      const login = csrfFrom((await teacher.get(a!.app, '/teacher/login')).text);
      await teacher.post(a!.app, '/teacher/login', { password: PASSWORD, _csrf: login });
      const board = `/teacher/classes/${classroom!.id}/lessons/${lesson.id}/live?part=board`;
      const before = await teacher.get(a!.app, board);
      assert.match(before.text, /<th scope="row">Ada<\/th>\s*<td>0 of \d+<\/td>/);
      const sent = await browser.post(
        b!.app,
        `/play/${lesson.id}/q/1`,
        answerForm(lesson.questions[0]!, csrf),
      );
      assert.equal(sent.status, 303);
      const after = await teacher.get(a!.app, board);
      assert.match(after.text, /<th scope="row">Ada<\/th>\s*<td>1 of \d+<\/td>/);
    });

    it('lets a teacher signed in on one instance use the other', async () => {
      const [a, b] = await start(2);
      const browser = new Browser();
      const csrf = csrfFrom((await browser.get(a!.app, '/teacher/login')).text);
      const login = await browser.post(a!.app, '/teacher/login', {
        password: PASSWORD,
        _csrf: csrf,
      });
      assert.equal(login.status, 303);
      const home = await browser.get(b!.app, '/teacher');
      assert.equal(home.status, 200);
      assert.match(home.text, new RegExp(DEMO_CLASS_NAME));
    });
  });
}
