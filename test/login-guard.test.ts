import assert from 'node:assert/strict';
import request from 'supertest';
import { MemoryAttemptStore } from '../server/auth/attempt-store.ts';
import {
  BURST,
  FORGET_MS,
  LoginGuard,
  MAX_DELAY_MS,
  PER_HOUR,
  type Source,
} from '../server/auth/login-guard.ts';
import { makeTestApp, type TestApp } from './helpers/app.ts';
import { csrfFrom } from './helpers/forms.ts';
import { PASSWORD, signIn } from './helpers/teacher.ts';

/** A clock the test moves by hand, so waits are checked without waiting. */
function fakeClock(start = 1_800_000_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

const school: Source = { key: 'ip:203.0.113.7', known: false };

describe('LoginGuard', () => {
  it('lets three wrong tries through, then makes each source wait longer, never over 15 s', async () => {
    const clock = fakeClock();
    const guard = new LoginGuard(new MemoryAttemptStore(FORGET_MS, clock.now), clock.now);
    const waits: number[] = [];
    for (let i = 0; i < 12; i++) {
      const verdict = await guard.attempt(school);
      if (!verdict.ok) {
        waits.push(verdict.waitMs);
        clock.advance(verdict.waitMs);
        assert.equal((await guard.attempt(school)).ok, true);
      }
    }
    assert.deepEqual(waits, [1000, 2000, 4000, 8000, 15000, 15000, 15000, 15000, 15000]);
    assert.ok(waits.every((w) => w <= MAX_DELAY_MS));
  });

  it('after a dozen wrong passwords from the school address, the right one gets in within 30 s', async () => {
    const clock = fakeClock();
    const guard = new LoginGuard(new MemoryAttemptStore(FORGET_MS, clock.now), clock.now);
    for (let failures = 0; failures < 12;) {
      const verdict = await guard.attempt(school);
      if (verdict.ok) failures++;
      else clock.advance(verdict.waitMs);
    }
    const started = clock.now();
    let verdict = await guard.attempt(school);
    while (!verdict.ok) {
      clock.advance(verdict.waitMs);
      verdict = await guard.attempt(school);
    }
    await guard.succeeded(school);
    assert.ok(clock.now() - started <= 30_000, `waited ${clock.now() - started} ms`);
  });

  it('keeps a full day of guessing from many addresses below 300 tries', async () => {
    const clock = fakeClock();
    const guard = new LoginGuard(new MemoryAttemptStore(FORGET_MS, clock.now), clock.now);
    let tries = 0;
    // An attacker with 1,000 addresses tries once a second, each time from the next address.
    for (let second = 0; second < 24 * 60 * 60; second += 1) {
      const verdict = await guard.attempt({ key: `ip:${second % 1000}`, known: false });
      if (verdict.ok) tries++;
      clock.advance(1000);
    }
    assert.ok(tries <= BURST + 24 * PER_HOUR, `${tries} tries`);
    assert.ok(tries >= 24 * PER_HOUR, `budget refills: ${tries}`);
  });

  it('lets a browser that signed in before through while strangers are held back', async () => {
    const clock = fakeClock();
    const guard = new LoginGuard(new MemoryAttemptStore(FORGET_MS, clock.now), clock.now);
    for (let i = 0; i < 200; i++) {
      await guard.attempt({ key: `ip:${i}`, known: false });
      clock.advance(100);
    }
    const stranger = await guard.attempt({ key: 'ip:new', known: false });
    assert.equal(stranger.ok, false);
    assert.equal(!stranger.ok && stranger.why, 'everyone');
    assert.equal((await guard.attempt({ key: 'device:teacher', known: true })).ok, true);
  });

  it('charges tries sent at the same moment one by one, so parallel requests cannot slip past', async () => {
    const clock = fakeClock();
    const guard = new LoginGuard(new MemoryAttemptStore(FORGET_MS, clock.now), clock.now);
    const verdicts = await Promise.all(Array.from({ length: 50 }, () => guard.attempt(school)));
    assert.equal(verdicts.filter((v) => v.ok).length, 3);
  });
});

describe('sign-in slowdown over HTTP', () => {
  let t: TestApp;
  let clock: ReturnType<typeof fakeClock>;
  beforeEach(async () => {
    clock = fakeClock(Date.now());
    const guard = new LoginGuard(new MemoryAttemptStore(FORGET_MS, clock.now), clock.now);
    t = await makeTestApp({ teacherPassword: PASSWORD }, { loginGuard: guard });
  });
  afterEach(() => t.cleanup());

  async function twelveWrong(agent: ReturnType<typeof request.agent>): Promise<void> {
    for (let failures = 0; failures < 12;) {
      const res = await signIn(agent, `guess ${failures}`);
      if (res.status === 401) failures++;
      else {
        assert.equal(res.status, 429);
        clock.advance(Number(res.headers['retry-after']) * 1000);
      }
    }
  }

  it('answers a too-early try with 429, a wait in words and Retry-After, without checking it', async () => {
    const pupil = request.agent(t.app);
    await twelveWrong(pupil);
    const early = await signIn(request.agent(t.app), PASSWORD);
    assert.equal(early.status, 429);
    assert.match(early.text, /Wait 15 seconds/);
    assert.equal(early.headers['retry-after'], '15');
    assert.match(early.text, /name="password"/);
    clock.advance(15_000);
    assert.equal((await signIn(request.agent(t.app), PASSWORD)).status, 303);
  });

  it("lets the teacher's own browser in at once after a pupil's dozen wrong passwords", async () => {
    const teacher = request.agent(t.app);
    assert.equal((await signIn(teacher, PASSWORD)).status, 303);
    const home = await teacher.get('/teacher');
    await teacher
      .post('/teacher/logout')
      .type('form')
      .send({ _csrf: csrfFrom(home.text) });
    await twelveWrong(request.agent(t.app));
    assert.equal((await signIn(teacher, PASSWORD)).status, 303);
  });
});
