import assert from 'node:assert/strict';
import type { Lesson } from '../server/store/types.ts';
import type { TestApp } from './helpers/app.ts';
import { postForm, signedInApp, type Agent } from './helpers/teacher.ts';

describe('choosing a lesson’s length and kinds', () => {
  let t: TestApp & { agent: Agent };
  let lesson: Lesson;
  beforeEach(async () => {
    t = await signedInApp();
    lesson = (await t.store.listLessons())[0]!;
  });
  afterEach(() => t.cleanup());

  it('shows the questions students get and the length form on the review page', async () => {
    const page = await t.agent.get(`/teacher/lessons/${lesson.id}`).expect(200);
    assert.match(page.text, /The questions students get \(12\)/);
    assert.match(page.text, /name="count"[^>]*value="12"/);
    assert.match(page.text, /Make a fresh set/);
  });

  it('asks the chosen number of questions of the ticked kinds', async () => {
    const res = await postForm(t.agent, `/teacher/lessons/${lesson.id}/selection`, {
      count: '5',
      kinds: 'classify',
    });
    assert.equal(res.status, 303);
    const saved = (await t.store.getLesson(lesson.id))!;
    assert.equal(saved.questions.length, 5);
    assert.ok(saved.questions.every((q) => q.type === 'classify'));
    assert.deepEqual(saved.selection, { count: 5, kinds: ['classify'], round: 0 });
  });

  it('makes a fresh set of the same length with mostly other questions', async () => {
    const res = await postForm(t.agent, `/teacher/lessons/${lesson.id}/fresh`, {});
    assert.equal(res.status, 303);
    const saved = (await t.store.getLesson(lesson.id))!;
    const before = new Set(lesson.questions.map((q) => q.id));
    assert.equal(saved.questions.length, lesson.questions.length);
    assert.ok(saved.questions.filter((q) => before.has(q.id)).length <= 3);
    assert.equal(saved.selection?.round, 1);
  });

  for (const [what, form, message] of [
    ['a count below the minimum', { count: '1', kinds: 'classify' }, /at least 3 questions/],
    ['a count that is no number', { count: 'many', kinds: 'classify' }, /number of questions/],
    ['no kind ticked', { count: '8' }, /Tick at least one kind/],
    ['an unknown kind', { count: '8', kinds: 'essay' }, /no question kind called &#34;essay&#34;/],
  ] as const) {
    it(`refuses ${what} with 400 and keeps the lesson`, async () => {
      const res = await postForm(t.agent, `/teacher/lessons/${lesson.id}/selection`, form);
      assert.equal(res.status, 400);
      assert.match(res.text, message);
      assert.deepEqual((await t.store.getLesson(lesson.id))!.questions, lesson.questions);
    });
  }
});

describe('a lesson whose questions leave a label out', () => {
  let t: TestApp & { agent: Agent };
  let lesson: Lesson;
  beforeEach(async () => {
    t = await signedInApp();
    lesson = (await t.store.listLessons())[0]!;
  });
  afterEach(() => t.cleanup());

  it('tells the teacher how to add a question with that answer', async () => {
    const questions = lesson.questions.filter(
      (q) => q.type !== 'classify' || q.correct[0] !== 'fact',
    );
    assert.ok(questions.some((q) => q.type === 'classify'));
    await t.store.updateLesson(lesson.id, { questions });
    const page = await t.agent.get(`/teacher/lessons/${lesson.id}`).expect(200);
    assert.match(page.text, /question has the answer “Reported fact”[^<]*tick “Confirmed”/);
  });

  it('says nothing of it when every label is asked', async () => {
    const asked = new Set(
      lesson.questions.flatMap((q) => (q.type === 'classify' ? [q.correct[0]] : [])),
    );
    assert.equal(asked.size, 3);
    const page = await t.agent.get(`/teacher/lessons/${lesson.id}`).expect(200);
    assert.doesNotMatch(page.text, /question has the answer/);
  });
});
