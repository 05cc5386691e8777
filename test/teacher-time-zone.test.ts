import assert from 'node:assert/strict';
import request from 'supertest';
import { makeClock } from '../server/http/clock.ts';
import { distinctNames } from '../server/routes/teacher-student-names.ts';
import { csrfFrom } from './helpers/forms.ts';
import type { TestApp } from './helpers/app.ts';
import { makeTestApp } from './helpers/app.ts';
import { joinDemo, type JoinedStudent } from './helpers/student.ts';
import { signIn, PASSWORD, type Agent } from './helpers/teacher.ts';

// Kathmandu is 5 h 45 min from UTC all year, so no time there reads like the same moment in UTC.
const ZONE = 'Asia/Kathmandu';

describe('makeClock', () => {
  it('shows a UTC time as the wall clock of the zone', () => {
    assert.equal(makeClock(ZONE).time('2026-12-01T21:30:05.000Z'), '03:15:05');
    assert.equal(makeClock('America/New_York').time('2026-07-01T12:00:00Z'), '08:00:00');
    assert.equal(makeClock('UTC').time('2026-12-01T00:00:09Z'), '00:00:09');
  });

  it('shows the minutes and the date there too', () => {
    assert.equal(makeClock(ZONE).shortTime('2026-12-01T21:30:05Z'), '03:15');
    assert.equal(makeClock(ZONE).dateTime('2026-12-01T21:30:05Z'), '2026-12-02 03:15');
  });

  it('gives the time in the zone with its offset from UTC, summer time included', () => {
    assert.equal(makeClock(ZONE).iso('2026-12-01T21:30:05.000Z'), '2026-12-02T03:15:05+05:45');
    assert.equal(
      makeClock('Europe/Berlin').iso('2026-12-02T08:15:00Z'),
      '2026-12-02T09:15:00+01:00',
    );
    assert.equal(
      makeClock('Europe/Berlin').iso('2026-07-02T08:15:00Z'),
      '2026-07-02T10:15:00+02:00',
    );
    assert.equal(
      makeClock('America/New_York').iso('2026-12-02T03:15:00Z'),
      '2026-12-01T22:15:00-05:00',
    );
    assert.equal(makeClock('UTC').iso('2026-12-02T03:15:00Z'), '2026-12-02T03:15:00+00:00');
  });

  it('shows nothing for a time it cannot read', () => {
    assert.equal(makeClock(ZONE).time('not a time'), '');
    assert.equal(makeClock(ZONE).dateTime('not a time'), '');
    assert.equal(makeClock(ZONE).iso('not a time'), '');
  });
});

describe('distinctNames(students, clock)', () => {
  it('gives the join time of students who share a name on the clock', () => {
    const student = (id: string, joinedAt: string) => ({
      id,
      classId: 'c',
      name: 'Ada',
      token: id,
      joinedAt,
    });
    const labelled = distinctNames(
      [student('a', '2026-01-01T10:00:00.000Z'), student('b', '2026-01-01T10:05:00.000Z')],
      makeClock(ZONE),
    );
    assert.deepEqual(
      labelled.map((s) => s.name),
      ['Ada (#1, joined 15:45)', 'Ada (#2, joined 15:50)'],
    );
  });
});

describe('teacher pages in the configured time zone', () => {
  let t: TestApp;
  let teacher: Agent;
  let ada: JoinedStudent;
  beforeEach(async () => {
    t = await makeTestApp({ teacherPassword: PASSWORD, timeZone: ZONE });
    teacher = request.agent(t.app);
    assert.equal((await signIn(teacher, PASSWORD)).status, 303);
    ada = await joinDemo(t, 'Ada');
  });
  afterEach(() => t.cleanup());

  /** Ada answers question n (any valid answer); resolves with the stored answer. */
  async function adaAnswers(n: number) {
    const q = ada.lesson.questions[n - 1]!;
    await ada.agent
      .post(`/play/${ada.lesson.id}/q/${n}`)
      .type('form')
      .send({
        _csrf: ada.csrf,
        questionId: q.id,
        answer: q.type === 'rewrite' ? 'A plain version.' : q.choices[0]!.id,
      })
      .expect(303);
    const stored = (await t.store.listAnswers({ studentId: ada.student.id })).find(
      (a) => a.questionId === q.id,
    );
    assert.ok(stored);
    return stored;
  }

  it('shows when answers arrived on the live view and its last update in BYLINE_TIME_ZONE, naming the zone', async () => {
    const stored = await adaAnswers(1);

    const page = await teacher
      .get(`/teacher/classes/${ada.classroom.id}/lessons/${ada.lesson.id}/live`)
      .expect(200);
    const local = makeClock(ZONE).time(stored.answeredAt);
    assert.match(page.text, new RegExp(`at <time datetime="${stored.answeredAt}">${local}</time>`));
    assert.ok(!page.text.includes(`>${stored.answeredAt.slice(11, 19)}</time>`), 'not in UTC');
    assert.match(
      page.text,
      /\(as of <time datetime="[^"]+">\d\d:\d\d:\d\d<\/time>, Asia\/Kathmandu time\)/,
    );
    assert.match(page.text, /Times are Asia\/Kathmandu time\./);
    assert.doesNotMatch(page.text, /\bUTC\b/);
  });

  it('dates open answers on the results page in BYLINE_TIME_ZONE, naming the zone', async () => {
    const n = ada.lesson.questions.findIndex((q) => q.type === 'rewrite') + 1;
    assert.ok(n > 0, 'the seed lesson has a rewrite question');
    const stored = await adaAnswers(n);
    const page = await teacher
      .get(`/teacher/classes/${ada.classroom.id}/lessons/${ada.lesson.id}`)
      .expect(200);
    const local = makeClock(ZONE).dateTime(stored.answeredAt);
    assert.match(page.text, new RegExp(`<time datetime="${stored.answeredAt}">${local}</time>`));
    assert.match(page.text, /Times are Asia\/Kathmandu time\./);
  });

  it('writes the times in both CSV exports in BYLINE_TIME_ZONE with their offset from UTC', async () => {
    const stored = await adaAnswers(1);
    const base = `/teacher/classes/${ada.classroom.id}/lessons/${ada.lesson.id}`;
    const answers = (await teacher.get(`${base}/export.csv`).expect(200)).text;
    const clock = makeClock(ZONE);
    assert.match(clock.iso(stored.answeredAt), /\+05:45$/);
    assert.ok(answers.includes(`,${clock.iso(stored.answeredAt)},`), 'the answer time, local');
    const summary = (await teacher.get(`${base}/students.csv`).expect(200)).text;
    assert.ok(summary.includes(`,${clock.iso(ada.student.joinedAt)},`), 'the join time, local');
    for (const csv of [answers, summary]) assert.doesNotMatch(csv, /\d\d:\d\d:\d\d(\.\d+)?Z/);
  });

  it('gives the time of the other save on a stale form’s 409 page in BYLINE_TIME_ZONE', async () => {
    const form = await teacher.get(`/teacher/lessons/${ada.lesson.id}`).expect(200);
    const version = /name="version" value="(\d+)"/.exec(form.text)?.[1] ?? '';
    const saved = await t.store.updateLesson(ada.lesson.id, { title: 'Saved elsewhere' });
    const res = await teacher
      .post(`/teacher/lessons/${ada.lesson.id}`)
      .type('form')
      .send({ _csrf: csrfFrom(form.text), version, title: 'Mine' });
    assert.equal(res.status, 409);
    const local = makeClock(ZONE).dateTime(saved.updatedAt);
    assert.match(
      res.text,
      new RegExp(
        `was saved at <time datetime="${saved.updatedAt}">${local}</time> \\(Asia/Kathmandu time\\)`,
      ),
    );
  });
});

describe('CSV exports on a server whose TZ is set and BYLINE_TIME_ZONE is not', () => {
  let t: TestApp;
  const before = process.env.TZ;
  beforeEach(() => (process.env.TZ = 'America/New_York'));
  afterEach(async () => {
    await t.cleanup();
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  });

  it("writes the server's local time with its offset", async () => {
    t = await makeTestApp({ teacherPassword: PASSWORD });
    const teacher = request.agent(t.app);
    assert.equal((await signIn(teacher, PASSWORD)).status, 303);
    const ada = await joinDemo(t, 'Ada');
    const csv = (
      await teacher
        .get(`/teacher/classes/${ada.classroom.id}/lessons/${ada.lesson.id}/students.csv`)
        .expect(200)
    ).text;
    const local = makeClock('America/New_York').iso(ada.student.joinedAt);
    assert.match(local, /-0[45]:00$/);
    assert.ok(csv.includes(`,${local},`), csv);
  });
});
