import assert from 'node:assert/strict';
import type { Question } from '../server/quiz/index.ts';
import type { TestApp } from './helpers/app.ts';
import { joinDemo, type JoinedStudent } from './helpers/student.ts';
import { postForm, signedInApp, type Agent } from './helpers/teacher.ts';

/** Any valid response: the point here is whether it is taken, not whether it is right. */
function someResponse(q: Question): string[] {
  return q.type === 'rewrite' ? ['A plain version.'] : [q.choices[0]!.id];
}

describe('an archived lesson, seen by the class that has it', () => {
  let t: TestApp & { agent: Agent };
  let started: JoinedStudent;
  let fresh: JoinedStudent;
  let base: string;
  const answer = (s: JoinedStudent, n: number) => {
    const q = s.lesson.questions[n - 1]!;
    return s.agent
      .post(`${base}/q/${n}`)
      .type('form')
      .send({ _csrf: s.csrf, questionId: q.id, answer: someResponse(q) });
  };

  beforeEach(async () => {
    t = await signedInApp();
    started = await joinDemo(t, 'Ada');
    fresh = await joinDemo(t, 'Ben');
    base = `/play/${started.lesson.id}`;
    await answer(started, 1).expect(303);
    const res = await postForm(t.agent, `/teacher/lessons/${started.lesson.id}/archive`, {});
    assert.equal(res.status, 303);
  });
  afterEach(() => t.cleanup());

  it('is not offered to a student who has not started it, who cannot start it by its address either', async () => {
    const home = await fresh.agent.get('/class').expect(200);
    assert.doesNotMatch(home.text, new RegExp(`href="${base}"`));
    const lesson = await fresh.agent.get(base).expect(200);
    assert.match(lesson.text, /Your teacher has put this lesson away: it takes no new answers/);
    assert.doesNotMatch(lesson.text, /Start the questions/);
    const question = await fresh.agent.get(`${base}/q/1`);
    assert.equal(question.status, 403);
    assert.match(question.text, /has put the lesson .* away, so it takes no more answers/);
    assert.equal((await answer(fresh, 1)).status, 403);
    assert.equal((await t.store.listAnswers({ studentId: fresh.student.id })).length, 0);
  });

  it('stays on the class page of a student who answered some, to look back, but takes no new answers', async () => {
    const home = await started.agent.get('/class').expect(200);
    assert.match(home.text, new RegExp(`href="${base}"`));
    assert.match(home.text, /1 of \d+ questions answered — put away by your teacher/);
    await started.agent.get(`${base}/q/1/feedback`).expect(200);
    assert.equal((await answer(started, 2)).status, 403);
    assert.equal((await t.store.listAnswers({ studentId: started.student.id })).length, 1);
  });

  /** The feedback page's "Next question" link, as the student's browser had it before the teacher acted. */
  async function nextLinkBefore(teacherActs: () => Promise<unknown>): Promise<string> {
    await postForm(t.agent, `/teacher/lessons/${started.lesson.id}/unarchive`, {});
    const feedback = await started.agent.get(`${base}/q/1/feedback`).expect(200);
    const next = /href="([^"]+)">Next question/.exec(feedback.text)?.[1];
    assert.equal(next, `${base}/q/2`);
    await teacherActs();
    return next;
  }

  it('tells a student who presses "Next question" after the lesson was archived that it is closed, and where to go', async () => {
    const next = await nextLinkBefore(() =>
      postForm(t.agent, `/teacher/lessons/${started.lesson.id}/archive`, {}),
    );
    const page = await started.agent.get(next);
    assert.equal(page.status, 403);
    assert.match(page.text, /<h1>This lesson is closed<\/h1>/);
    assert.match(
      page.text,
      /Your teacher has put the lesson &#34;.+&#34; away, so it takes no more answers\. The answers you gave are kept: you can look back at them from your lessons\./,
    );
    assert.match(page.text, /<a class="button" href="\/class">Go to your lessons<\/a>/);
    assert.equal((page.text.match(/class="button/g) ?? []).length, 1, 'one way on');
    assert.doesNotMatch(page.text, /Something went wrong|Error 403/);
  });

  it('tells a student who presses "Next question" after the class was closed that it is closed', async () => {
    const next = await nextLinkBefore(() =>
      postForm(t.agent, `/teacher/classes/${started.classroom.id}/close`, { confirm: 'yes' }),
    );
    const page = await started.agent.get(next);
    assert.equal(page.status, 403);
    assert.match(page.text, /<h1>Your class is closed<\/h1>/);
    assert.match(
      page.text,
      /Your teacher has closed the class &#34;.+&#34;, so it takes no more answers/,
    );
    assert.match(page.text, /href="\/class">Go to your lessons</);
    await started.agent.get('/class').expect(200);
  });

  it('leads a feedback page opened after the lesson was archived on to the answers so far, not to a refused question', async () => {
    const feedback = await started.agent.get(`${base}/q/1/feedback`).expect(200);
    assert.match(feedback.text, new RegExp(`href="${base}/summary">See your summary`));
    assert.doesNotMatch(feedback.text, /Next question/);
  });

  it('shows a student who answered some their answers so far, and nothing to one who answered none', async () => {
    const lesson = await started.agent.get(base).expect(200);
    assert.match(lesson.text, new RegExp(`href="${base}/summary">See your answers so far`));
    const summary = await started.agent.get(`${base}/summary`).expect(200);
    assert.match(summary.text, /<h1>Your answers so far<\/h1>/);
    const total = started.lesson.questions.length;
    assert.match(summary.text, new RegExp(`${total - 1} questions were not answered`));
    assert.equal((summary.text.match(/>not answered</g) ?? []).length, total - 1);
    assert.match(summary.text, new RegExp(`href="${base}/q/1/feedback"`));

    const none = await fresh.agent.get(`${base}/summary`);
    assert.equal(none.status, 303);
    assert.equal(none.headers.location, base);
    assert.doesNotMatch((await fresh.agent.get(base)).text, /See your answers so far/);
  });

  it('shows the answers so far in a closed class too, where the lesson takes no new answers either', async () => {
    await postForm(t.agent, `/teacher/lessons/${started.lesson.id}/unarchive`, {});
    await postForm(t.agent, `/teacher/classes/${started.classroom.id}/close`, { confirm: 'yes' });
    const summary = await started.agent.get(`${base}/summary`).expect(200);
    assert.match(summary.text, /<h1>Your answers so far<\/h1>/);
  });

  it('keeps the answers already given in the teacher’s results, and says it is archived', async () => {
    const path = `/teacher/classes/${started.classroom.id}`;
    const results = await t.agent.get(`${path}/lessons/${started.lesson.id}`).expect(200);
    assert.match(results.text, /Ada/);
    const classPage = await t.agent.get(path).expect(200);
    assert.match(classPage.text, /Archived — takes no new answers/);
  });

  it('takes answers again once the teacher brings it back from the archive', async () => {
    await postForm(t.agent, `/teacher/lessons/${started.lesson.id}/unarchive`, {});
    assert.match((await fresh.agent.get('/class')).text, new RegExp(`href="${base}"`));
    assert.equal((await answer(fresh, 1)).status, 303);
  });
});
