import assert from 'node:assert/strict';
import type { Lesson } from '../server/store/types.ts';
import type { TestApp } from './helpers/app.ts';
import { signedInApp, type Agent } from './helpers/teacher.ts';

const escape = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&#34;')
    .replace(/'/g, '&#39;');

describe('pages for printing', () => {
  let t: TestApp & { agent: Agent };
  let lesson: Lesson;
  before(async () => {
    t = await signedInApp();
    const [seed] = await t.store.listLessons();
    assert.ok(seed);
    lesson = seed;
  });
  after(() => t.cleanup());

  it('links the print stylesheet for paper only', async () => {
    const res = await t.agent.get(`/teacher/lessons/${lesson.id}/key`).expect(200);
    assert.match(res.text, /<link rel="stylesheet" href="\/static\/print.css" media="print">/);
  });

  it('lists every question of the answer key with its right answer and deciding words', async () => {
    const res = await t.agent.get(`/teacher/lessons/${lesson.id}/key`).expect(200);
    assert.equal((res.text.match(/<div class="key-item">/g) ?? []).length, lesson.questions.length);
    for (const q of lesson.questions) {
      const right = q.choices
        .filter((c) => (q.correct as string[]).includes(c.id))
        .map((c) => escape(c.text));
      if (q.type === 'rewrite') assert.ok(res.text.includes('open — marked by the teacher'));
      else assert.ok(res.text.includes(`<strong>Answer:</strong> ${right.join('; ')}</p>`), q.id);
      for (const e of q.evidence) assert.ok(res.text.includes(`“${escape(e.text)}”`), e.text);
    }
  });

  it('prints the annotated article with its legend in words', async () => {
    const res = await t.agent.get(`/teacher/lessons/${lesson.id}/print`).expect(200);
    assert.match(res.text, /<ul class="legend" aria-label="Legend">/);
    assert.match(res.text, /solid underline: reported fact/);
    assert.match(res.text, /dashed underline/);
    assert.match(res.text, /dotted underline/);
    const lessonPage = await t.agent.get(`/teacher/lessons/${lesson.id}`).expect(200);
    assert.match(lessonPage.text, new RegExp(`href="/teacher/lessons/${lesson.id}/print"`));
    assert.match(lessonPage.text, new RegExp(`href="/teacher/lessons/${lesson.id}/key"`));
  });

  it('gives a 404 page for an unknown lesson', async () => {
    await t.agent.get('/teacher/lessons/nope/key').expect(404);
    await t.agent.get('/teacher/lessons/nope/print').expect(404);
  });
});
