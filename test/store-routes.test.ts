import assert from 'node:assert/strict';
import request from 'supertest';
import type { Lesson } from '../server/store/types.ts';
import type { StoreFs } from '../server/store/fs-layer.ts';
import { nodeFs } from '../server/store/fs-layer.ts';
import { makeTestApp, type TestApp } from './helpers/app.ts';
import { joinDemo, type JoinedStudent } from './helpers/student.ts';
import { csrfFrom } from './helpers/forms.ts';
import { HARBOUR_ARTICLE } from './helpers/articles.ts';
import { postForm, signedInApp, type Agent } from './helpers/teacher.ts';

function firstChoice(lesson: Lesson, n: number): { questionId: string; answer: string } {
  const q = lesson.questions[n - 1]!;
  return { questionId: q.id, answer: q.type === 'rewrite' ? 'A plain version.' : q.choices[0]!.id };
}

describe('answers belong to a lesson', () => {
  let t: TestApp;
  let s: JoinedStudent;
  beforeEach(async () => {
    t = await makeTestApp();
    s = await joinDemo(t);
  });
  afterEach(() => t.cleanup());

  it('lets a student answer question 1 of a second lesson built from the same article', async () => {
    const { id: _id, version: _v, createdAt: _c, updatedAt: _u, ...copy } = s.lesson;
    const twin = await t.store.createLesson(copy);
    await t.store.updateClass(s.classroom.id, { lessonIds: [s.lesson.id, twin.id] });
    assert.equal(twin.questions[0]!.id, s.lesson.questions[0]!.id, 'the twin shares question ids');

    await s.agent
      .post(`/play/${s.lesson.id}/q/1`)
      .type('form')
      .send({ _csrf: s.csrf, ...firstChoice(s.lesson, 1) })
      .expect(303)
      .expect('location', `/play/${s.lesson.id}/q/1/feedback`);
    await s.agent.get(`/play/${twin.id}/q/1`).expect(200);
    await s.agent
      .post(`/play/${twin.id}/q/1`)
      .type('form')
      .send({ _csrf: s.csrf, ...firstChoice(twin, 1) })
      .expect(303)
      .expect('location', `/play/${twin.id}/q/1/feedback`);
    await s.agent.get(`/play/${twin.id}/q/1/feedback`).expect(200);
    assert.equal((await t.store.listAnswers({ studentId: s.student.id })).length, 2);
  });
});

/** A file system whose next `state.failures` journal fdatasyncs fail. */
function flakyFs(state: { failures: number }): StoreFs {
  return {
    ...nodeFs,
    async openAppend(path) {
      const file = await nodeFs.openAppend(path);
      return {
        ...file,
        async datasync() {
          if (state.failures > 0) {
            state.failures--;
            throw new Error('EIO: i/o error, fdatasync');
          }
          await file.datasync();
        },
      };
    },
  };
}

describe('an answer whose write fails', () => {
  it('shows a clear 503 page, and the question stays unanswered, also after a restart', async () => {
    const state = { failures: 0 };
    const t = await makeTestApp({ storeOptions: { fs: flakyFs(state) } });
    try {
      const s = await joinDemo(t);
      state.failures = 1;
      const res = await s.agent
        .post(`/play/${s.lesson.id}/q/1`)
        .type('form')
        .send({ _csrf: s.csrf, ...firstChoice(s.lesson, 1) });
      assert.equal(res.status, 503);
      assert.match(res.text, /not saved/);
      assert.doesNotMatch(res.text, /at .*\.ts:\d+/);
      await s.agent.get(`/play/${s.lesson.id}/q/1`).expect(200);
      await s.agent.get(`/play/${s.lesson.id}/q/1/feedback`).expect(303);
      assert.deepEqual(await t.store.listAnswers({ studentId: s.student.id }), []);
      await s.agent
        .post(`/play/${s.lesson.id}/q/2`)
        .type('form')
        .send({ _csrf: s.csrf, ...firstChoice(s.lesson, 2) })
        .expect(303);
      await t.store.close();
      t.store = (await makeRestart(t)).store;
      const stored = await t.store.listAnswers({ studentId: s.student.id });
      assert.deepEqual(
        stored.map((a) => a.questionId),
        [s.lesson.questions[1]!.id],
      );
    } finally {
      await t.cleanup();
    }
  });
});

async function makeRestart(t: TestApp) {
  const { openStore } = await import('../server/store/index.ts');
  return { store: await openStore(t.dataFile) };
}

describe('saving a lesson from a stale form', () => {
  let t: TestApp & { agent: Agent };
  let lessonId: string;
  beforeEach(async () => {
    t = await signedInApp();
    const res = await postForm(t.agent, '/teacher/lessons', { title: '', text: HARBOUR_ARTICLE });
    lessonId = res.headers.location?.split('/').pop() ?? '';
  });
  afterEach(() => t.cleanup());

  async function openForm(agent: Agent) {
    const page = await agent.get(`/teacher/lessons/${lessonId}`).expect(200);
    const version = /name="version" value="(\d+)"/.exec(page.text)?.[1];
    assert.ok(version, 'the review form carries the lesson version');
    return { version, _csrf: csrfFrom(page.text) };
  }

  it('refuses the second of two tabs with a 409 that keeps its input and shows what changed', async () => {
    const lesson = (await t.store.getLesson(lessonId))!;
    const sentence = lesson.analysis.sentences[0]!;
    const other = sentence.label === 'fact' ? 'framing' : 'fact';
    const tabA = await openForm(t.agent);
    const tabB = await openForm(t.agent);
    await t.agent
      .post(`/teacher/lessons/${lessonId}`)
      .type('form')
      .send({ ...tabA, title: 'Title from tab A' })
      .expect(303);
    const res = await t.agent
      .post(`/teacher/lessons/${lessonId}`)
      .type('form')
      .send({ ...tabB, title: 'Title from tab B', [`label-${sentence.index}`]: other });
    assert.equal(res.status, 409);
    assert.match(res.text, /Not saved: this lesson was changed while you were editing it/);
    assert.match(res.text, /value="Title from tab B"/);
    assert.match(res.text, /saved as “Title from tab A”, yours is “Title from tab B”/);
    assert.match(res.text, new RegExp(`Sentence ${sentence.index + 1}: saved as`));
    const stored = (await t.store.getLesson(lessonId))!;
    assert.equal(stored.title, 'Title from tab A');
    assert.deepEqual(stored.overrides, []);

    // Saving the 409 page again is a deliberate choice: it carries the new version and goes through.
    const again = /name="version" value="(\d+)"/.exec(res.text)?.[1];
    assert.equal(again, String(stored.version));
    await t.agent
      .post(`/teacher/lessons/${lessonId}`)
      .type('form')
      .send({ _csrf: tabB._csrf, version: again, title: 'Title from tab B' })
      .expect(303);
    assert.equal((await t.store.getLesson(lessonId))?.title, 'Title from tab B');
  });
});

void request;
