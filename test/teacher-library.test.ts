import assert from 'node:assert/strict';
import type { Lesson } from '../server/store/types.ts';
import type { TestApp } from './helpers/app.ts';
import { postForm, signedInApp, type Agent } from './helpers/teacher.ts';

describe('the lesson library', () => {
  let t: TestApp & { agent: Agent };
  let seed: Lesson;
  before(async () => {
    t = await signedInApp();
    const [first] = await t.store.listLessons();
    assert.ok(first);
    seed = first;
  });
  after(() => t.cleanup());

  it('duplicates a lesson as an unpublished draft with the same questions, leaving the original alone', async () => {
    const res = await postForm(t.agent, `/teacher/lessons/${seed.id}/duplicate`, {});
    assert.equal(res.status, 303);
    const lessons = await t.store.listLessons();
    const copy = lessons.find((l) => l.title === `${seed.title} (copy)`);
    assert.ok(copy);
    assert.equal(res.headers.location, `/teacher/lessons/${copy.id}`);
    assert.notEqual(copy.id, seed.id);
    assert.equal(copy.published, false);
    assert.equal(copy.bundled, false);
    assert.deepEqual(copy.questions, seed.questions);
    assert.deepEqual(copy.overrides, seed.overrides);
    const original = await t.store.getLesson(seed.id);
    assert.equal(original?.title, seed.title);
    assert.equal(original?.published, seed.published);
  });

  it('archives a lesson: listed apart on the home page and not offered to classes, then brings it back', async () => {
    const [classroom] = await t.store.listClasses();
    assert.ok(classroom);
    const draft = await t.store.createLesson({
      ...seed,
      title: 'Old storm lesson',
      published: false,
      bundled: false,
    });
    assert.equal((await postForm(t.agent, `/teacher/lessons/${draft.id}/archive`, {})).status, 303);
    assert.equal((await t.store.getLesson(draft.id))?.archived, true);
    const home = await t.agent.get('/teacher').expect(200);
    assert.match(home.text, /<summary>Archived lessons \(1\)<\/summary>/);
    assert.doesNotMatch(
      home.text,
      new RegExp(`<th scope="row"><a href="/teacher/lessons/${draft.id}"`),
    );
    const classPage = await t.agent.get(`/teacher/classes/${classroom.id}`).expect(200);
    assert.doesNotMatch(classPage.text, new RegExp(`value="${draft.id}"`));
    const lessonPage = await t.agent.get(`/teacher/lessons/${draft.id}`).expect(200);
    assert.match(lessonPage.text, /Bring back from the archive/);

    assert.equal(
      (await postForm(t.agent, `/teacher/lessons/${draft.id}/unarchive`, {})).status,
      303,
    );
    assert.equal((await t.store.getLesson(draft.id))?.archived, false);
    assert.doesNotMatch((await t.agent.get('/teacher')).text, /Archived lessons/);
  });

  it("copies a class's lessons to a new class for next term, without its students or archived lessons", async () => {
    const old = await t.store.createLesson({
      ...seed,
      title: 'Archived one',
      bundled: false,
      archived: true,
    });
    const source = await t.store.createClass('Year 9 autumn', [seed.id, old.id]);
    await t.store.createStudent(source.id, 'Ada');
    const res = await postForm(t.agent, `/teacher/classes/${source.id}/copy`, {
      name: 'Year 9 spring',
    });
    assert.equal(res.status, 303);
    const made = (await t.store.listClasses()).find((c) => c.name === 'Year 9 spring');
    assert.ok(made);
    assert.equal(res.headers.location, `/teacher/classes/${made.id}`);
    assert.deepEqual(made.lessonIds, [seed.id]);
    assert.notEqual(made.code, source.code);
    assert.equal(made.closed, false);
    assert.deepEqual(await t.store.listStudents(made.id), []);
    const page = await t.agent.get(`/teacher/classes/${source.id}`).expect(200);
    assert.match(page.text, /value="Year 9 autumn \(next term\)"/);
  });

  it('refuses a bad class name, unknown records and a missing CSRF token with 4xx pages', async () => {
    const [classroom] = await t.store.listClasses();
    assert.ok(classroom);
    const before = (await t.store.listClasses()).length;
    assert.equal(
      (await postForm(t.agent, `/teacher/classes/${classroom.id}/copy`, { name: '  ' })).status,
      400,
    );
    assert.equal(
      (await postForm(t.agent, `/teacher/classes/${classroom.id}/copy`, { name: 'a\u0007b' }))
        .status,
      400,
    );
    assert.equal(
      (await postForm(t.agent, `/teacher/classes/nope/copy`, { name: 'X' })).status,
      404,
    );
    assert.equal((await postForm(t.agent, `/teacher/lessons/nope/duplicate`, {})).status, 404);
    assert.equal((await postForm(t.agent, `/teacher/lessons/nope/archive`, {})).status, 404);
    const noToken = await t.agent
      .post(`/teacher/lessons/${seed.id}/duplicate`)
      .type('form')
      .send({});
    assert.equal(noToken.status, 403);
    assert.equal((await t.store.listClasses()).length, before);
  });
});
