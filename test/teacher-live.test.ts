import assert from 'node:assert/strict';
import request from 'supertest';
import type { TestApp } from './helpers/app.ts';
import { makeTestApp } from './helpers/app.ts';
import { joinDemo, type JoinedStudent } from './helpers/student.ts';
import { signIn, PASSWORD, type Agent } from './helpers/teacher.ts';

describe('the live class view', () => {
  let t: TestApp;
  let teacher: Agent;
  let ada: JoinedStudent;
  let live: string;

  before(async () => {
    t = await makeTestApp({ teacherPassword: PASSWORD });
    teacher = request.agent(t.app);
    assert.equal((await signIn(teacher, PASSWORD)).status, 303);
    ada = await joinDemo(t, 'Ada');
    live = `/teacher/classes/${ada.classroom.id}/lessons/${ada.lesson.id}/live`;
  });
  after(() => t.cleanup());

  it('shows the join code, who joined and a reload link that works without JavaScript', async () => {
    const res = await teacher.get(live).expect(200);
    assert.equal(res.headers['cache-control'], 'no-store');
    assert.match(res.text, new RegExp(`<strong class="live-code">${ada.classroom.code}</strong>`));
    assert.match(res.text, new RegExp(`<a href="${live}" id="live-reload">Refresh now</a>`));
    assert.match(res.text, /<script src="\/static\/live.js" defer><\/script>/);
    assert.match(res.text, /<strong>1<\/strong> joined · <strong>0<\/strong> finished/);
    assert.match(res.text, /<th scope="row">Ada<\/th>\s*<td>0 of \d+<\/td>/);
    assert.match(res.text, /No answers yet\./);
  });

  it('serves the board alone for the script to swap in, and it changes when a student answers', async () => {
    const before = await teacher.get(`${live}?part=board`).expect(200);
    assert.doesNotMatch(before.text, /<html|<nav/);
    const q = ada.lesson.questions[0];
    assert.ok(q);
    const choice = q.choices[0]?.id ?? '';
    const csrf =
      (await ada.agent.get(`/play/${ada.lesson.id}/q/1`).expect(200)).text.match(
        /name="_csrf"[^>]*value="([^"]*)"/,
      )?.[1] ?? '';
    const answer = q.type === 'rewrite' ? 'A neutral sentence.' : choice;
    await ada.agent
      .post(`/play/${ada.lesson.id}/q/1`)
      .type('form')
      .send({ answer, questionId: q.id, _csrf: csrf })
      .expect(303);
    const after = await teacher.get(`${live}?part=board`).expect(200);
    assert.match(after.text, /<th scope="row">Ada<\/th>\s*<td>1 of \d+<\/td>/);
    assert.match(after.text, /<li>Ada answered question 1 <span class="hint">at <time/);
    assert.match(after.text, /<li>Question 1: 1 of 1<\/li>/);
  });

  it('never shows what a student answered or whether it was right', async () => {
    const res = await teacher.get(live).expect(200);
    assert.doesNotMatch(res.text, /\b(right|wrong|correct)\b/i);
    for (const c of ada.lesson.questions[0]?.choices ?? [])
      assert.ok(!res.text.includes(`>${c.text}<`));
  });

  it('is for the teacher only', async () => {
    const res = await ada.agent.get(live);
    assert.notEqual(res.status, 200);
    assert.doesNotMatch(res.text, /Answers arriving/);
    const anonymous = await request(t.app).get(`${live}?part=board`);
    assert.notEqual(anonymous.status, 200);
  });

  it('gives a 404 page for an unknown class or lesson', async () => {
    await teacher.get(`/teacher/classes/nope/lessons/${ada.lesson.id}/live`).expect(404);
    await teacher.get(`/teacher/classes/${ada.classroom.id}/lessons/nope/live`).expect(404);
  });
});
