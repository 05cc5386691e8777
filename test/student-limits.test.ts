import assert from 'node:assert/strict';
import { ANSWERS_PER_MINUTE } from '../server/http/limiters.ts';
import { makeTestApp, type TestApp } from './helpers/app.ts';
import { joinDemo } from './helpers/student.ts';

describe('student limits', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await makeTestApp();
  });
  afterEach(() => t.cleanup());

  it('lets a whole class of 35 join at once from one school address', async () => {
    for (let i = 0; i < 35; i++) await joinDemo(t, `Pupil ${i}`);
    assert.equal((await t.store.listStudents((await t.store.listClasses())[0]!.id)).length, 35);
  });

  it('limits answers per student, so a classmate on the same address can still answer', async () => {
    const flooder = await joinDemo(t, 'Flooder');
    const classmate = await joinDemo(t, 'Classmate');
    const q = flooder.lesson.questions[0]!;
    const answer = (s: typeof flooder) =>
      s.agent
        .post(`/play/${s.lesson.id}/q/1`)
        .type('form')
        .send({ _csrf: s.csrf, questionId: q.id, answer: q.correct[0] ?? 'x' });
    for (let i = 0; i < ANSWERS_PER_MINUTE; i++) {
      assert.notEqual((await answer(flooder)).status, 429, `answer ${i + 1} was refused`);
    }
    const refused = await answer(flooder);
    assert.equal(refused.status, 429);
    assert.match(refused.text, /a lot of answers in one minute/);
    assert.equal((await answer(classmate)).status, 303);
  });
});
