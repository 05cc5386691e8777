import assert from 'node:assert/strict';
import request from 'supertest';
import type { Answer } from '../server/store/types.ts';
import { answerAll } from './helpers/answer-all.ts';
import type { TestApp } from './helpers/app.ts';
import { csrfFrom } from './helpers/forms.ts';
import { joinDemo, type JoinedStudent } from './helpers/student.ts';
import { signIn, PASSWORD, postForm, type Agent } from './helpers/teacher.ts';
import { makeTestApp } from './helpers/app.ts';

describe('teacher tools: exports and marking open answers', () => {
  let t: TestApp;
  let teacher: Agent;
  let joined: JoinedStudent;
  let answers: Answer[];
  let base: string;

  before(async () => {
    t = await makeTestApp({ teacherPassword: PASSWORD });
    joined = await joinDemo(t, 'Ada Lovelace');
    teacher = request.agent(t.app);
    assert.equal((await signIn(teacher, PASSWORD)).status, 303);
    answers = await answerAll(t.store, joined, 'The plan was discussed.');
    base = `/teacher/classes/${joined.classroom.id}/lessons/${joined.lesson.id}`;
  });
  after(() => t.cleanup());

  const openAnswers = () =>
    answers.filter(
      (a) => joined.lesson.questions.find((q) => q.id === a.questionId)?.type === 'rewrite',
    );

  it('offers the Moodle XML and GIFT files of a lesson as downloads named after it', async () => {
    const id = joined.lesson.id;
    const xml = await teacher.get(`/teacher/lessons/${id}/moodle.xml`).expect(200);
    assert.equal(xml.headers['content-type'], 'application/xml; charset=utf-8');
    assert.match(
      xml.headers['content-disposition'] ?? '',
      /^attachment; filename="byline-[a-z0-9-]+-moodle\.xml"$/,
    );
    assert.ok(xml.text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<quiz>'));
    const gift = await teacher.get(`/teacher/lessons/${id}/questions.gift`).expect(200);
    assert.equal(gift.headers['content-type'], 'text/plain; charset=utf-8');
    assert.match(
      gift.headers['content-disposition'] ?? '',
      /^attachment; filename="byline-[a-z0-9-]+\.gift\.txt"$/,
    );
    assert.match(gift.text, /^\$CATEGORY: \$course\$\/top\/Byline\//m);
    const page = await teacher.get(`/teacher/lessons/${id}`).expect(200);
    assert.match(page.text, new RegExp(`href="/teacher/lessons/${id}/moodle.xml"`));
    assert.match(page.text, new RegExp(`href="/teacher/lessons/${id}/questions.gift"`));
  });

  it('gives a 404 page for the export of an unknown lesson, and a student cannot download one', async () => {
    const res = await teacher.get('/teacher/lessons/nope/moodle.xml').expect(404);
    assert.match(res.text, /That lesson does not exist/);
    const student = await joined.agent.get(`/teacher/lessons/${joined.lesson.id}/questions.gift`);
    assert.notEqual(student.status, 200);
  });

  it('shows each rewrite answer beside the sentence it rewrites, unmarked at first', async () => {
    const res = await teacher.get(`${base}/marking`).expect(200);
    const first = openAnswers()[0];
    assert.ok(first);
    const q = joined.lesson.questions.find((x) => x.id === first.questionId);
    assert.ok(q);
    assert.match(res.text, /Original sentence/);
    assert.match(res.text, /Ada Lovelace's rewrite/);
    assert.match(res.text, /The plan was discussed\./);
    assert.match(
      res.text,
      new RegExp(`<strong>${openAnswers().length}</strong> written answers? to mark`),
    );
    assert.match(res.text, /Now: <strong>not marked yet<\/strong>/);
  });

  it("counts a teacher's marks in the student's score, the summary and both CSV exports", async () => {
    const [open] = openAnswers();
    assert.ok(open, 'the seed lesson has a rewrite question');
    const total = joined.lesson.questions.length;
    const rewrites = openAnswers().length;
    // Every choice answer is right; the first rewrite is marked, later ones are not scored yet.
    const scored = total - rewrites + 1;
    const saved = await postForm(teacher, `${base}/answers/${open.id}/mark`, {
      verdict: 'good',
      comment: 'Nicely neutral.',
    });
    assert.equal(saved.status, 303);
    assert.equal(saved.headers.location, `${base}/marking?saved=${open.id}#answer-${open.id}`);

    let summary = await joined.agent.get(`/play/${joined.lesson.id}/summary`).expect(200);
    assert.match(
      summary.text,
      /your teacher marked it <strong>good<\/strong><\/span>: <q class="teacher-comment">Nicely neutral\.<\/q>/,
    );
    assert.match(summary.text, new RegExp(`${scored} of ${scored}</strong> right`));
    assert.match(summary.text, /Name: Ada Lovelace · Class: [^<]+ · Date: \d{1,2} \w+ \d{4}/);
    let csv = (await teacher.get(`${base}/export.csv`).expect(200)).text;
    assert.match(csv, /,rewrite,The plan was discussed\.,yes,[^,]+,good,Nicely neutral\.\r\n/);

    const rows = (await teacher.get(`${base}/students.csv`).expect(200)).text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    assert.equal(
      rows[0],
      'class,student,joined,lesson,questions,answered,right,wrong,open marked good,open needing work,open not marked yet,score,percent',
    );
    assert.equal(rows.length, 2);
    const cells = rows[1]?.split(',') ?? [];
    assert.equal(cells[1], 'Ada Lovelace');
    assert.deepEqual(
      cells.slice(4, 13),
      [total, total, scored, 0, 1, 0, rewrites - 1, `${scored} of ${scored}`, 100].map(String),
    );

    const again = await postForm(teacher, `${base}/answers/${open.id}/mark`, {
      verdict: 'needs-work',
      comment: 'Drop "radical" too.',
    });
    assert.equal(again.status, 303);
    summary = await joined.agent.get(`/play/${joined.lesson.id}/summary`).expect(200);
    assert.match(
      summary.text,
      /your teacher marked it <strong>needs work<\/strong><\/span>: <q class="teacher-comment">Drop &#34;radical&#34; too\.<\/q>/,
    );
    assert.match(summary.text, new RegExp(`${scored - 1} of ${scored}</strong> right`));
    csv = (await teacher.get(`${base}/export.csv`).expect(200)).text;
    assert.match(
      csv,
      /,rewrite,The plan was discussed\.,no,[^,]+,needs work,"Drop ""radical"" too\."\r\n/,
    );
  });
  it('removes a mark with "not marked", and the rewrite is no longer scored', async () => {
    const [good] = openAnswers();
    assert.ok(good);
    assert.equal(
      (
        await postForm(teacher, `${base}/answers/${good.id}/mark`, {
          verdict: 'none',
          comment: '',
        })
      ).status,
      303,
    );
    const [stored] = await t.store
      .listAnswers({ studentId: joined.student.id, lessonId: joined.lesson.id })
      .then((all) => all.filter((a) => a.id === good.id));
    assert.equal(stored?.mark, undefined);
    const summary = await joined.agent.get(`/play/${joined.lesson.id}/summary`).expect(200);
    assert.doesNotMatch(summary.text, /Nicely neutral/);
  });

  it('refuses a mark on a choice answer, an unknown verdict, a long comment and an unknown answer', async () => {
    const choice = answers.find((a) => a.correct !== null);
    const [open] = openAnswers();
    assert.ok(choice && open);
    const r1 = await postForm(teacher, `${base}/answers/${choice.id}/mark`, { verdict: 'good' });
    assert.equal(r1.status, 409);
    const r2 = await postForm(teacher, `${base}/answers/${open.id}/mark`, { verdict: 'excellent' });
    assert.equal(r2.status, 400);
    assert.match(r2.text, /Choose &#34;good&#34;, &#34;needs work&#34; or &#34;not marked&#34;/);
    const r3 = await postForm(teacher, `${base}/answers/${open.id}/mark`, {
      verdict: 'good',
      comment: 'x'.repeat(301),
    });
    assert.equal(r3.status, 400);
    const r4 = await postForm(teacher, `${base}/answers/nope/mark`, { verdict: 'good' });
    assert.equal(r4.status, 404);
    const other = await t.store.createClass('Other', [joined.lesson.id]);
    const r5 = await postForm(
      teacher,
      `/teacher/classes/${other.id}/lessons/${joined.lesson.id}/answers/${open.id}/mark`,
      { verdict: 'good' },
    );
    assert.equal(r5.status, 404);
    const r6 = await teacher
      .post(`${base}/answers/${open.id}/mark`)
      .type('form')
      .send({ verdict: 'good' });
    assert.equal(r6.status, 403);
    const [after] = (await t.store.listAnswers({ studentId: joined.student.id })).filter(
      (a) => a.id === open.id,
    );
    assert.equal(after?.mark, undefined);
  });

  it('keeps the marking page for teachers only', async () => {
    const res = await joined.agent.get(`${base}/marking`);
    assert.notEqual(res.status, 200);
    assert.equal(csrfFrom((await teacher.get(`${base}/marking`)).text).length > 0, true);
  });
});
