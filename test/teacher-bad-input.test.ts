import assert from 'node:assert/strict';
import type { TestApp } from './helpers/app.ts';
import { signedInApp, tokenFor, type Agent } from './helpers/teacher.ts';

describe('teacher routes given bad input', () => {
  let t: TestApp & { agent: Agent };
  let classId: string;
  let lessonId: string;
  before(async () => {
    t = await signedInApp();
    const [c] = await t.store.listClasses();
    const [l] = await t.store.listLessons();
    assert.ok(c && l);
    classId = c.id;
    lessonId = l.id;
  });
  after(() => t.cleanup());

  const bodies: [string, string][] = [
    ['repeated fields', 'name=a&name=b&text=x&text=y&title=a&title=b&label-1=fact&label-1=nope'],
    ['a 50 KB value', `name=${'x'.repeat(50_000)}&text=${'y'.repeat(50_000)}`],
    ['odd keys', '__proto__=1&constructor=2&label-999999=fact&qtype-1-99=speech&speaker-1-0='],
    ['an empty body', ''],
  ];
  const posts = () => [
    '/teacher/classes',
    `/teacher/classes/${classId}/lessons`,
    `/teacher/classes/${classId}/lessons/%00/remove`,
    '/teacher/lessons',
    `/teacher/lessons/${lessonId}`,
    '/teacher/lessons/%3Cb%3E/publish',
    '/teacher/setup',
  ];

  for (const [what, body] of bodies) {
    it(`answers every form with a 4xx or a redirect, never a 500, for ${what}`, async () => {
      const kept = async () => {
        const { title, overrides, questions, published } = (await t.store.getLesson(lessonId))!;
        return { title, overrides, questions, published };
      };
      const before = await kept();
      for (const path of posts()) {
        const _csrf = await tokenFor(t.agent);
        const res = await t.agent
          .post(path)
          .type('form')
          .send(`${body}${body ? '&' : ''}_csrf=${encodeURIComponent(_csrf)}`);
        assert.ok(res.status < 500, `POST ${path} gave ${res.status}`);
        assert.doesNotMatch(res.text, /at .+\.ts:\d+/);
      }
      assert.deepEqual(await kept(), before);
    });
  }

  it('answers unknown and hostile addresses with 404 pages', async () => {
    for (const path of [
      '/teacher/nope',
      '/teacher/lessons/%E0%A4%A',
      '/teacher/classes/..%2F..',
      '/teacher/lessons/new/x',
    ]) {
      const res = await t.agent.get(path);
      assert.ok(res.status === 404 || res.status === 400, `GET ${path} gave ${res.status}`);
    }
  });

  it('treats a multipart body on a plain form route as a bad request', async () => {
    const _csrf = await tokenFor(t.agent);
    const res = await t.agent
      .post(`/teacher/lessons?_csrf=${encodeURIComponent(_csrf)}`)
      .attach('file', Buffer.from('x'), 'a.txt');
    assert.ok(res.status >= 400 && res.status < 500, `gave ${res.status}`);
  });
});
