import assert from 'node:assert/strict';
import request from 'supertest';
import type { TestApp } from './helpers/app.ts';
import { playDemo, type DemoPlay, type JoinedStudent } from './helpers/student.ts';
import { buildLesson } from '../server/lessons/build-lesson.ts';
import { shuffleChoices, type Question } from '../server/quiz/index.ts';
import { curly } from '../server/http/curly.ts';

const OTHER_ARTICLE = [
  'Council approves riverside park',
  '',
  'The city council voted 7 to 2 on Monday to build a park beside the river.',
  '"This is the best news our neighbourhood has had in years," said Mayor Jane Doe.',
  'Officials said the work would start in March, according to a council statement.',
  'Critics called the shameless plan a staggering waste of money.',
].join('\n');

/** A response that is wrong for the question, valid in form. */
function wrongResponse(q: Question): string[] {
  if (q.type === 'rewrite') return ['A plain version.'];
  const correct: readonly string[] = q.correct;
  const wrong = q.choices.find((c) => !correct.includes(c.id));
  return [wrong ? wrong.id : q.choices[0]!.id];
}

describe('playing a lesson', () => {
  let t: TestApp;
  let s: JoinedStudent;
  let base: string;
  let nth: DemoPlay['nth'];
  let answer: DemoPlay['answer'];
  beforeEach(async () => {
    ({ t, s, base, nth, answer } = await playDemo());
  });
  afterEach(() => t.cleanup());

  it('shows the article, with no labels or answers, and a link to the first question', async () => {
    const res = await s.agent.get(base).expect(200);
    assert.match(res.text, /Start the questions/);
    assert.match(res.text, new RegExp(`href="${base}/q/1"`));
    assert.doesNotMatch(res.text, /sent--|<mark/);
  });

  it('shows the Markdown emphasis of the article as italics, without the asterisks', async () => {
    const res = await s.agent.get(base).expect(200);
    assert.match(res.text, /<em>The New York Times<\/em>/);
    assert.doesNotMatch(res.text, /\*The New York Times\*/);
  });

  it('never shows an answer, explanation or evidence on a question page before it is answered', async () => {
    for (const [i, q] of s.lesson.questions.entries()) {
      const page = (await s.agent.get(`${base}/q/${i + 1}`).expect(200)).text;
      assert.ok(
        !page.includes(q.explanation.slice(0, 40).replace(/"/g, '&#34;')),
        `question ${i + 1} shows its explanation`,
      );
      assert.doesNotMatch(page, /<mark|verdict|right answer/i);
      assert.match(page, new RegExp(`name="questionId" value="${q.id}"`));
    }
  });

  it('shows the choices in the per-student order from shuffleChoices, as fields named answer', async () => {
    const { q, n } = nth('classify');
    const page = (await s.agent.get(`${base}/q/${n}`).expect(200)).text;
    const shown = [...page.matchAll(/type="radio" name="answer" value="([^"]+)"/g)].map(
      (m) => m[1],
    );
    assert.deepEqual(
      shown,
      shuffleChoices(q, s.student.id).map((c) => c.id),
    );
  });

  it('uses checkboxes for spot-the-framing and a textarea for the rewrite', async () => {
    const spot = (await s.agent.get(`${base}/q/${nth('spot-framing').n}`).expect(200)).text;
    assert.match(spot, /type="checkbox" name="answer"/);
    const rewrite = (await s.agent.get(`${base}/q/${nth('rewrite').n}`).expect(200)).text;
    assert.match(rewrite, /<textarea id="answer" name="answer"/);
  });

  it('stores a right answer, then shows right in words and icon, the explanation and the marked evidence', async () => {
    const { q, n } = nth('classify');
    const res = await answer(n, q, [...q.correct]).expect(303);
    assert.equal(res.headers.location, `${base}/q/${n}/feedback`);
    const stored = await t.store.listAnswers({ studentId: s.student.id });
    assert.equal(stored.length, 1);
    assert.equal(stored[0]!.correct, true);
    const page = (await s.agent.get(res.headers.location).expect(200)).text;
    assert.match(page, /verdict--right/);
    assert.match(page, /✔<\/span> Right!/);
    assert.match(page, /marked-choice--right-picked[^]*Your answer: right/);
    assert.ok(page.includes(curly(q.explanation).slice(0, 20).replace(/'/g, '&#39;')));
    if (q.evidence.length > 0)
      assert.match(page, /<mark data-cue="[a-z-]+">[^<]+<span class="visually-hidden"> \(/);
  });

  it('scores a wrong answer as wrong and names the right one', async () => {
    const { q, n } = nth('classify');
    await answer(n, q, wrongResponse(q)).expect(303);
    const page = (await s.agent.get(`${base}/q/${n}/feedback`).expect(200)).text;
    assert.match(page, /Not quite/);
    assert.match(page, /marked-choice--wrong-picked[^]*Your answer: wrong/);
    assert.match(page, /marked-choice--right-missed[^]*The right answer/);
    assert.equal((await t.store.listAnswers({ studentId: s.student.id }))[0]!.correct, false);
  });

  it('keeps the first answer when a question is answered twice, and shows it again', async () => {
    const { q, n } = nth('classify');
    await answer(n, q, wrongResponse(q)).expect(303);
    const again = await answer(n, q, [...q.correct]).expect(303);
    assert.equal(again.headers.location, `${base}/q/${n}/feedback?again=1`);
    const stored = await t.store.listAnswers({ studentId: s.student.id });
    assert.equal(stored.length, 1);
    assert.deepEqual(stored[0]!.response, wrongResponse(q));
    const page = (await s.agent.get(again.headers.location).expect(200)).text;
    assert.match(page, /your first answer is the one that counts/i);
    assert.match(page, /Not quite/);
  });

  it('stores exactly one answer when two copies of it arrive at once', async () => {
    const { q, n } = nth('classify');
    const [a, b] = await Promise.all([
      answer(n, q, [...q.correct]),
      answer(n, q, wrongResponse(q)),
    ]);
    assert.deepEqual([a.status, b.status], [303, 303]);
    assert.equal((await t.store.listAnswers({ studentId: s.student.id })).length, 1);
  });

  it('sends an answered question straight to its feedback', async () => {
    const { q, n } = nth('classify');
    await answer(n, q, [...q.correct]).expect(303);
    const res = await s.agent.get(`${base}/q/${n}`).expect(303);
    assert.equal(res.headers.location, `${base}/q/${n}/feedback`);
  });

  it('sends the feedback of an unanswered question back to the question', async () => {
    const res = await s.agent.get(`${base}/q/1/feedback`).expect(303);
    assert.equal(res.headers.location, `${base}/q/1`);
  });

  it('rejects an unknown choice id with a 400 page that re-shows the question, storing nothing', async () => {
    const { q, n } = nth('classify');
    const res = await answer(n, q, ['not-a-choice']).expect(400);
    assert.match(res.text, /Choose one of the answers shown/);
    assert.match(res.text, /name="answer"/);
    assert.deepEqual(await t.store.listAnswers({ studentId: s.student.id }), []);
  });

  it('rejects two choices for a single-choice question and none for spot-the-framing', async () => {
    const c = nth('classify');
    await answer(
      c.n,
      c.q,
      c.q.choices.slice(0, 2).map((x) => x.id),
    ).expect(400);
    const spot = nth('spot-framing');
    await s.agent
      .post(`${base}/q/${spot.n}`)
      .type('form')
      .send({ _csrf: s.csrf, questionId: spot.q.id })
      .expect(400);
    assert.deepEqual(await t.store.listAnswers({ studentId: s.student.id }), []);
  });

  it('stores a rewrite unscored and tells the student the teacher will read it', async () => {
    const { q, n } = nth('rewrite');
    await answer(n, q, ['   ']).expect(400);
    await answer(n, q, ['The council approved the plan.\r\n']).expect(303);
    const stored = (await t.store.listAnswers({ studentId: s.student.id }))[0]!;
    assert.equal(stored.correct, null);
    assert.deepEqual(stored.response, ['The council approved the plan.']);
    assert.match(
      (await s.agent.get(`${base}/q/${n}/feedback`).expect(200)).text,
      /your teacher will read it/,
    );
  });

  it('rejects an answer to a question of another lesson with a 400 page', async () => {
    const built = buildLesson(OTHER_ARTICLE);
    const other = built.questions[0];
    assert.ok(other, 'the other article has questions');
    await t.store.createLesson({
      ...built,
      text: OTHER_ARTICLE,
      overrides: [],
      published: true,
      bundled: false,
    });
    const res = await s.agent
      .post(`${base}/q/1`)
      .type('form')
      .send({ _csrf: s.csrf, questionId: other.id, answer: other.choices[0]?.id ?? 'x' });
    assert.equal(res.status, 400);
    assert.match(res.text, /not part of this lesson/);
    assert.deepEqual(await t.store.listAnswers({ studentId: s.student.id }), []);
  });

  it('refuses a lesson that is not assigned to the class with a 404 page', async () => {
    const built = buildLesson(OTHER_ARTICLE);
    const lesson = await t.store.createLesson({
      ...built,
      text: OTHER_ARTICLE,
      overrides: [],
      published: true,
      bundled: false,
    });
    await s.agent.get(`/play/${lesson.id}`).expect(404);
    await s.agent.get(`/play/${lesson.id}/q/1`).expect(404);
    const q = lesson.questions[0]!;
    await s.agent
      .post(`/play/${lesson.id}/q/1`)
      .type('form')
      .send({ _csrf: s.csrf, questionId: q.id, answer: 'x' })
      .expect(404);
    assert.deepEqual(await t.store.listAnswers({ studentId: s.student.id }), []);
  });

  it('refuses an unpublished lesson even when it is assigned', async () => {
    await t.store.updateLesson(s.lesson.id, { published: false });
    await s.agent.get(base).expect(404);
    assert.doesNotMatch((await s.agent.get('/class').expect(200)).text, new RegExp(s.lesson.id));
  });

  it('refuses new answers in a closed class with a 403, but still shows given feedback', async () => {
    const { q, n } = nth('classify');
    await answer(n, q, [...q.correct]).expect(303);
    await t.store.updateClass(s.classroom.id, { closed: true });
    const other = s.lesson.questions.findIndex((x) => x.id !== q.id);
    const oq = s.lesson.questions[other]!;
    const res = await answer(other + 1, oq, wrongResponse(oq)).expect(403);
    assert.match(res.text, /is closed/);
    await s.agent.get(`${base}/q/${other + 1}`).expect(403);
    await s.agent.get(`${base}/q/${n}/feedback`).expect(200);
    assert.equal((await t.store.listAnswers({ studentId: s.student.id })).length, 1);
  });

  it('refuses an answer without a valid _csrf with a 403, storing nothing', async () => {
    const { q, n } = nth('classify');
    await s.agent
      .post(`${base}/q/${n}`)
      .type('form')
      .send({ questionId: q.id, answer: q.correct[0] })
      .expect(403);
    await answer(n, q, [...q.correct], s.agent, 'x'.repeat(43)).expect(403);
    assert.deepEqual(await t.store.listAnswers({ studentId: s.student.id }), []);
  });

  it('answers bad question numbers and lesson ids with 404 pages, never a 500', async () => {
    for (const path of [
      `${base}/q/0`,
      `${base}/q/abc`,
      `${base}/q/9999`,
      `${base}/q/-1`,
      '/play/%00',
      '/play/nope/q/1',
      '/play/%E0%A4%A',
    ]) {
      const res = await s.agent.get(path);
      assert.ok(res.status === 404 || res.status === 400, `${path} gave ${res.status}`);
    }
    const q = s.lesson.questions[0]!;
    await s.agent
      .post(`${base}/q/abc`)
      .type('form')
      .send({ _csrf: s.csrf, questionId: q.id, answer: 'x' })
      .expect(404);
    await s.agent.post(`${base}/q/1`).type('form').send({ _csrf: s.csrf }).expect(400);
    await s.agent
      .post(`${base}/q/1`)
      .type('form')
      .send({ _csrf: s.csrf, questionId: ['a', 'b'] })
      .expect(400);
  });

  it('counts only answers to questions the lesson still has after an edit', async () => {
    const { q, n } = nth('classify');
    await answer(n, q, [...q.correct]).expect(303);
    const kept = s.lesson.questions.filter((x) => x.id !== q.id);
    await t.store.updateLesson(s.lesson.id, { questions: kept });
    const home = (await s.agent.get('/class').expect(200)).text;
    assert.match(home, new RegExp(`0 of ${kept.length} questions answered`));
    const article = (await s.agent.get(base).expect(200)).text;
    assert.match(article, new RegExp(`0 of ${kept.length} questions answered`));
    assert.match(article, /Start the questions/);
    assert.equal(
      (await t.store.listAnswers({ studentId: s.student.id })).length,
      1,
      'the answer itself is kept',
    );
  });

  it('sends the summary to the first open question until every question is answered', async () => {
    const res = await s.agent.get(`${base}/summary`).expect(303);
    assert.equal(res.headers.location, `${base}/q/1`);
  });

  it('shows the score and the annotated article with a text-and-pattern legend once all are answered', async () => {
    const qs = s.lesson.questions;
    for (const q of qs.slice(0, -1)) {
      const response = q.type === 'rewrite' ? ['Plain words.'] : [...q.correct];
      await t.store.recordAnswer({
        classId: s.classroom.id,
        studentId: s.student.id,
        lessonId: s.lesson.id,
        questionId: q.id,
        response,
        correct: q.type === 'rewrite' ? null : true,
      });
    }
    const last = qs[qs.length - 1]!;
    const done = await answer(qs.length, last, wrongResponse(last)).expect(303);
    const feedback = (await s.agent.get(String(done.headers.location)).expect(200)).text;
    assert.match(feedback, new RegExp(`href="${base}/summary"`));
    const page = (await s.agent.get(`${base}/summary`).expect(200)).text;
    const scored = qs.filter((q) => q.type !== 'rewrite').length;
    assert.match(
      page,
      new RegExp(
        `<strong>${scored - (last.type === 'rewrite' ? 0 : 1)} of ${scored}</strong> right`,
      ),
    );
    for (const label of ['Fact', 'Attributed', 'Framing'])
      assert.match(page, new RegExp(`<span class="pill">${label}</span>`));
    assert.match(page, /solid underline/);
    assert.match(page, /dashed underline/);
    assert.match(page, /dotted underline/);
    const sentences = s.lesson.analysis.sentences.length;
    assert.equal(
      [...page.matchAll(/<span class="sent sent--(fact|attributed|framing)">/g)].length,
      sentences,
    );
  });

  it('keeps answers and the student across a restart on the same data file', async () => {
    const { q, n } = nth('classify');
    await answer(n, q, [...q.correct]).expect(303);
    await t.store.close();
    const { createApp } = await import('../server/app.ts');
    const again = await createApp(t.config);
    assert.notEqual(again.store, t.store);
    t.store = again.store;
    const cookie = (
      await s.agent.jar.getCookies({ path: '/', domain: '127.0.0.1', secure: false, script: false })
    )
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
    const res = await request(again.app)
      .get(`/play/${s.lesson.id}/q/${n}/feedback`)
      .set('Cookie', cookie)
      .expect(200);
    assert.match(res.text, /Right!/);
    assert.equal((await again.store.listAnswers({})).length, 1);
    assert.equal(
      (await again.store.listLessons()).length,
      1,
      'first start does not add the bundled lesson twice',
    );
  });
});
