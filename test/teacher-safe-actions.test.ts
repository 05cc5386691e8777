import assert from 'node:assert/strict';
import { generateQuestions } from '../server/quiz/index.ts';
import type { Lesson } from '../server/store/types.ts';
import type { TestApp } from './helpers/app.ts';
import { HARBOUR_ARTICLE } from './helpers/articles.ts';
import { postForm, signedInApp, type Agent } from './helpers/teacher.ts';

describe('safe teacher actions', () => {
  let t: TestApp & { agent: Agent };
  beforeEach(async () => {
    t = await signedInApp();
  });
  afterEach(() => t.cleanup());

  it('asks before closing a class: the class page links to a confirmation, not a close button', async () => {
    const demo = (await t.store.listClasses())[0]!;
    const page = await t.agent.get(`/teacher/classes/${demo.id}`).expect(200);
    assert.doesNotMatch(page.text, new RegExp(`action="/teacher/classes/${demo.id}/close"`));
    assert.match(
      page.text,
      new RegExp(`href="/teacher/classes/${demo.id}/close">Close the class…`),
    );
    const confirm = await t.agent.get(`/teacher/classes/${demo.id}/close`).expect(200);
    assert.match(confirm.text, /Close “Demo class”\?/);
    assert.match(confirm.text, new RegExp(`action="/teacher/classes/${demo.id}/close"`));
    assert.match(confirm.text, /No, keep it open/);
    assert.equal((await t.store.getClass(demo.id))!.closed, false);
    assert.match(confirm.text, /name="confirm" value="yes"/);
    assert.equal(
      (await postForm(t.agent, `/teacher/classes/${demo.id}/close`, { confirm: 'yes' })).status,
      303,
    );
    assert.equal((await t.store.getClass(demo.id))!.closed, true);
  });

  it('refuses a close sent without the confirmation page’s answer with a 400 that leads there, and keeps the class open', async () => {
    const demo = (await t.store.listClasses())[0]!;
    for (const form of [{}, { confirm: 'no' }] as Record<string, string>[]) {
      const res = await postForm(t.agent, `/teacher/classes/${demo.id}/close`, form);
      assert.equal(res.status, 400);
      assert.match(res.text, /Not closed: closing “Demo class” stops students answering/);
      assert.match(
        res.text,
        new RegExp(`href="/teacher/classes/${demo.id}/close">Go to the confirmation page`),
      );
    }
    assert.equal((await t.store.getClass(demo.id))!.closed, false);
  });

  it('refuses a publish sent without the “I have checked” box with a 400 that says what to do, and keeps the draft', async () => {
    const made = await postForm(t.agent, '/teacher/lessons', { title: '', text: HARBOUR_ARTICLE });
    const id = made.headers.location!.split('/').pop()!;
    for (const form of [{}, { reviewed: 'on' }] as Record<string, string>[]) {
      const res = await postForm(t.agent, `/teacher/lessons/${id}/publish`, form);
      assert.equal(res.status, 400);
      assert.match(
        res.text,
        /Not published yet: tick “I have checked the labels and the questions”/,
      );
      assert.match(
        res.text,
        new RegExp(`href="/teacher/lessons/${id}#publish">Back to the lesson`),
      );
    }
    assert.equal((await t.store.getLesson(id))!.published, false);
    const ok = await postForm(t.agent, `/teacher/lessons/${id}/publish`, { reviewed: 'yes' });
    assert.equal(ok.status, 303);
    assert.equal((await t.store.getLesson(id))!.published, true);
  });

  it('puts Publish after the review form, behind a “checked it” box', async () => {
    const res = await postForm(t.agent, '/teacher/lessons', { title: '', text: HARBOUR_ARTICLE });
    const page = (await t.agent.get(res.headers.location!).expect(200)).text;
    const review = page.indexOf('Save corrections');
    const publish = page.indexOf('/publish"');
    assert.ok(review > 0 && publish > review, 'the publish form follows the review form');
    assert.match(page, /name="reviewed" value="yes" required/);
  });

  describe('relabelling with the teacher’s deciding words', () => {
    let lesson: Lesson;
    let index: number;
    beforeEach(async () => {
      const res = await postForm(t.agent, '/teacher/lessons', { title: '', text: HARBOUR_ARTICLE });
      lesson = (await t.store.getLesson(res.headers.location!.split('/').pop()!))!;
      index = lesson.analysis.sentences.findIndex((s) => s.text.includes('reopened'));
    });

    it('stores the words and makes them the evidence students see', async () => {
      const res = await postForm(t.agent, `/teacher/lessons/${lesson.id}`, {
        [`label-${index}`]: 'framing',
        [`words-${index}`]: 'reopened ; THREE DAYS',
      });
      assert.equal(res.status, 303);
      const saved = (await t.store.getLesson(lesson.id))!;
      assert.deepEqual(saved.overrides, [
        { sentenceIndex: index, label: 'framing', words: ['reopened', 'THREE DAYS'] },
      ]);
      const q = generateQuestions(saved.analysis, saved.overrides).find(
        (x) => x.type === 'classify' && x.sentenceIndex === index,
      )!;
      assert.deepEqual(
        q.evidence.map((e) => [e.text, e.cue]),
        [
          ['reopened', 'loaded'],
          ['three days', 'loaded'],
        ],
      );
      assert.match(q.explanation, /reopened/);
    });

    it('refuses words that are not in the sentence with 400 and keeps the lesson', async () => {
      const res = await postForm(t.agent, `/teacher/lessons/${lesson.id}`, {
        [`label-${index}`]: 'framing',
        [`words-${index}`]: 'a disgrace',
      });
      assert.equal(res.status, 400);
      assert.match(res.text, /“a disgrace” is not in the sentence/);
      assert.deepEqual((await t.store.getLesson(lesson.id))!.overrides, []);
    });
  });
});
