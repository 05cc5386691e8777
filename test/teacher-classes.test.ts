import assert from 'node:assert/strict';
import request from 'supertest';
import { csrfFrom } from './helpers/forms.ts';
import { postForm, signedInApp, type Agent } from './helpers/teacher.ts';
import type { TestApp } from './helpers/app.ts';

describe('teacher classes', () => {
  let t: TestApp & { agent: Agent };
  beforeEach(async () => {
    t = await signedInApp();
  });
  afterEach(() => t.cleanup());

  async function createClass(name: string) {
    return postForm(t.agent, '/teacher/classes', { name });
  }

  it('creates a class and shows its join code large with the join address', async () => {
    const res = await createClass('Year 9 English');
    assert.equal(res.status, 303);
    const created = (await t.store.listClasses()).find((c) => c.name === 'Year 9 English');
    assert.ok(created);
    assert.equal(res.headers.location, `/teacher/classes/${created.id}`);
    const page = await t.agent.get(res.headers.location);
    assert.equal(page.status, 200);
    assert.match(
      page.text,
      new RegExp(`class="join-code"><span aria-hidden="true">${created.code}<`),
    );
    const named = await t.agent.get(res.headers.location).set('Host', 'byline.school:8080');
    assert.match(named.text, new RegExp(`>http://byline\\.school:8080/\\?code=${created.code}<`));
  });

  it('offers network addresses instead of localhost, which would not work on a student device', async () => {
    const [demo] = await t.store.listClasses();
    assert.ok(demo);
    const page = await t.agent.get(`/teacher/classes/${demo.id}`).set('Host', 'localhost:3000');
    const urls = [...page.text.matchAll(/class="join-url">([^<]*)</g)].map((m) => m[1] ?? '');
    assert.ok(urls.length > 0);
    for (const url of urls)
      assert.match(url, new RegExp(`^http://[^/]+:3000/\\?code=${demo.code}$`));
  });

  it('rejects an empty or overlong class name with 400 and keeps what was typed', async () => {
    const before = (await t.store.listClasses()).length;
    const empty = await createClass('   ');
    assert.equal(empty.status, 400);
    assert.match(empty.text, /Give the class a name/);
    const long = await createClass('x'.repeat(81));
    assert.equal(long.status, 400);
    assert.match(long.text, /under 80 characters/);
    assert.equal((await t.store.listClasses()).length, before);
  });

  it('assigns and unassigns a lesson', async () => {
    const classroom = await t.store.createClass('Assign test', []);
    const [lesson] = await t.store.listLessons();
    assert.ok(lesson);
    const assign = await postForm(t.agent, `/teacher/classes/${classroom.id}/lessons`, {
      lessonId: lesson.id,
    });
    assert.equal(assign.status, 303);
    assert.deepEqual((await t.store.getClass(classroom.id))?.lessonIds, [lesson.id]);
    const page = await t.agent.get(`/teacher/classes/${classroom.id}`);
    assert.match(page.text, new RegExp(`Results: ${lesson.title.slice(0, 20)}`));
    const remove = await postForm(
      t.agent,
      `/teacher/classes/${classroom.id}/lessons/${lesson.id}/remove`,
      {},
    );
    assert.equal(remove.status, 303);
    assert.deepEqual((await t.store.getClass(classroom.id))?.lessonIds, []);
  });

  it('answers 404 with a friendly page for an unknown class or lesson', async () => {
    const missing = await t.agent.get('/teacher/classes/nope');
    assert.equal(missing.status, 404);
    assert.match(missing.text, /That class does not exist/);
    const script = await t.agent.get('/teacher/classes/%3Cscript%3E');
    assert.equal(script.status, 404);
    assert.doesNotMatch(script.text, /<script>/);
    const classroom = await t.store.createClass('Lesson 404', []);
    const res = await postForm(t.agent, `/teacher/classes/${classroom.id}/lessons`, {
      lessonId: 'no-such-lesson',
    });
    assert.equal(res.status, 404);
    assert.match(res.text, /That lesson does not exist/);
    const noField = await postForm(t.agent, `/teacher/classes/${classroom.id}/lessons`, {});
    assert.equal(noField.status, 400);
  });

  it('closes a class so a student can no longer answer, and reopens it', async () => {
    const [demo] = await t.store.listClasses();
    const [lesson] = await t.store.listLessons();
    assert.ok(demo && lesson);
    const student = request.agent(t.app);
    const home = await student.get('/');
    await student
      .post('/join')
      .type('form')
      .send({ code: demo.code, name: 'Ada', _csrf: csrfFrom(home.text) });
    const questionPage = await student.get(`/play/${lesson.id}/q/1`);
    assert.equal(questionPage.status, 200);
    const question = lesson.questions[0];
    assert.ok(question);
    const choice =
      question.type === 'rewrite' ? 'A plain version.' : (question.choices[0]?.id ?? '');
    const answer = { questionId: question.id, answer: choice, _csrf: csrfFrom(questionPage.text) };

    const close = await postForm(t.agent, `/teacher/classes/${demo.id}/close`, {
      confirm: 'yes',
    });
    assert.equal(close.status, 303);
    assert.equal((await t.store.getClass(demo.id))?.closed, true);
    assert.match((await t.agent.get(`/teacher/classes/${demo.id}`)).text, /Reopen the class/);
    const refused = await student.post(`/play/${lesson.id}/q/1`).type('form').send(answer);
    assert.equal(refused.status, 403);
    assert.equal((await t.store.listAnswers({ classId: demo.id })).length, 0);

    const reopen = await postForm(t.agent, `/teacher/classes/${demo.id}/reopen`, {});
    assert.equal(reopen.status, 303);
    const accepted = await student.post(`/play/${lesson.id}/q/1`).type('form').send(answer);
    assert.equal(accepted.status, 303);
    assert.equal((await t.store.listAnswers({ classId: demo.id })).length, 1);
  });
});
