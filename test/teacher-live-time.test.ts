import assert from 'node:assert/strict';
import request from 'supertest';
import { makeClock } from '../server/http/clock.ts';
import type { TestApp } from './helpers/app.ts';
import { makeTestApp } from './helpers/app.ts';
import { joinDemo } from './helpers/student.ts';
import { signIn, PASSWORD } from './helpers/teacher.ts';

// Kathmandu is 5 h 45 min from UTC all year, so no time there reads like the same moment in UTC.
const ZONE = 'Asia/Kathmandu';

describe('makeClock', () => {
  it('shows a UTC time as the wall clock of the zone', () => {
    assert.equal(makeClock(ZONE).time('2026-12-01T21:30:05.000Z'), '03:15:05');
    assert.equal(makeClock('America/New_York').time('2026-07-01T12:00:00Z'), '08:00:00');
    assert.equal(makeClock('UTC').time('2026-12-01T00:00:09Z'), '00:00:09');
  });

  it('shows nothing for a time it cannot read', () => {
    assert.equal(makeClock(ZONE).time('not a time'), '');
  });
});

describe('the live class view in the configured time zone', () => {
  let t: TestApp;
  after(() => t.cleanup());

  it('shows when answers arrived and the last update in BYLINE_TIME_ZONE, naming the zone', async () => {
    t = await makeTestApp({ teacherPassword: PASSWORD, timeZone: ZONE });
    const teacher = request.agent(t.app);
    assert.equal((await signIn(teacher, PASSWORD)).status, 303);
    const ada = await joinDemo(t, 'Ada');
    const q = ada.lesson.questions[0]!;
    await ada.agent
      .post(`/play/${ada.lesson.id}/q/1`)
      .type('form')
      .send({
        _csrf: ada.csrf,
        questionId: q.id,
        answer: q.type === 'rewrite' ? 'A plain version.' : q.choices[0]!.id,
      })
      .expect(303);
    const [stored] = await t.store.listAnswers({ studentId: ada.student.id });
    assert.ok(stored);

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
});
