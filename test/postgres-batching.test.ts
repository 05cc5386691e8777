import assert from 'node:assert/strict';
import pg from 'pg';
import { createApp } from '../server/app.ts';
import { WriteFailedError } from '../server/store/errors.ts';
import type { PostgresStore } from '../server/store/postgres/postgres-store.ts';
import { openPostgresStore } from '../server/store/postgres/open.ts';
import { FORGET_MS } from '../server/auth/login-guard.ts';
import { testConfig } from './helpers/app.ts';
import { Browser } from './helpers/browser.ts';
import { csrfFrom } from './helpers/forms.ts';
import { dropTestSchemas, freshDatabaseUrl, TEST_DATABASE_URL } from './helpers/postgres.ts';

/** Makes every statement that inserts an answer to question "boom" fail, as a full disk would. */
const FAIL_ON_BOOM = `
  CREATE FUNCTION refuse_boom() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF NEW.question_id = 'boom' THEN RAISE EXCEPTION 'test: no space left on device'; END IF;
    RETURN NEW;
  END $$;
  CREATE TRIGGER refuse_boom BEFORE INSERT ON answers FOR EACH ROW EXECUTE FUNCTION refuse_boom();`;

// Registered only when a test database is configured; .ci/run always provides one.
if (TEST_DATABASE_URL) {
  describe('PostgreSQL store: answers sent together share one statement', () => {
    let url: string;
    let store: PostgresStore;
    const sql = async (text: string) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        return (await client.query(text)).rows;
      } finally {
        await client.end();
      }
    };

    beforeEach(async () => {
      url = await freshDatabaseUrl();
      store = await openPostgresStore(url);
    });
    afterEach(async () => {
      await store.close();
      await dropTestSchemas();
    });

    async function studentAnswer() {
      const classroom = await store.createClass('7B', []);
      const student = await store.createStudent(classroom.id, 'Ada');
      return (questionId: string, response = ['a']) => ({
        classId: classroom.id,
        studentId: student.id,
        lessonId: 'l1',
        questionId,
        response,
        correct: true,
      });
    }

    it('stores a duplicate within one batch once and tells the later one which answer stands', async () => {
      const answer = await studentAnswer();
      // Sent in one turn of the event loop: the same batch.
      const [first, copy, other] = await Promise.all([
        store.recordAnswer(answer('q1', ['a'])),
        store.recordAnswer(answer('q1', ['b'])),
        store.recordAnswer(answer('q2', ['c'])),
      ]);
      assert.equal(first.status, 'recorded');
      assert.equal(copy.status, 'already-answered');
      assert.equal(copy.answer.id, first.answer.id);
      assert.deepEqual(copy.answer.response, ['a']);
      assert.equal(other.status, 'recorded');
      const rows = await sql(`SELECT question_id, response FROM answers ORDER BY question_id`);
      assert.deepEqual(rows, [
        { question_id: 'q1', response: ['a'] },
        { question_id: 'q2', response: ['c'] },
      ]);
    });

    it('fails every answer of a failed batch with WriteFailedError and stores none of them', async () => {
      const answer = await studentAnswer();
      await sql(FAIL_ON_BOOM);
      const results = await Promise.allSettled([
        store.recordAnswer(answer('q1')),
        store.recordAnswer(answer('boom')),
        store.recordAnswer(answer('q2')),
      ]);
      for (const r of results) {
        assert.equal(r.status, 'rejected');
        assert.ok(r.reason instanceof WriteFailedError, String(r.reason));
      }
      assert.deepEqual(await sql('SELECT * FROM answers'), []);
      const again = await store.recordAnswer(answer('q1'));
      assert.equal(again.status, 'recorded', 'the next batch is not affected');
    });

    it('refuses an answer of an unknown student in a batch without failing the others', async () => {
      const answer = await studentAnswer();
      const [stranger, known] = await Promise.allSettled([
        store.recordAnswer({ ...answer('q1'), studentId: 'nobody' }),
        store.recordAnswer(answer('q1')),
      ]);
      assert.equal(stranger.status, 'rejected');
      assert.match(String(stranger.reason), /store: unknown student "nobody"/);
      assert.equal(known.status === 'fulfilled' && known.value.status, 'recorded');
    });

    it('counts the hits of one client sent together one by one, as if sent in turn', async () => {
      const limit = store.sharedCounters(FORGET_MS).rateLimits('answer')!;
      limit.init?.({ windowMs: 60_000 } as never);
      const infos = await Promise.all(
        Array.from({ length: 5 }, (_, i) => limit.increment(i % 2 ? 'a' : 'b')),
      );
      assert.deepEqual(
        infos.map((i) => i.totalHits),
        [1, 1, 2, 2, 3],
      );
      assert.equal((await limit.increment('b')).totalHits, 4);
    });
  });

  describe('student answers on PostgreSQL when a batch fails', () => {
    it('shows each student whose batch failed the 503 "not saved" page and keeps no answer', async () => {
      const url = await freshDatabaseUrl();
      const { app, store } = await createApp(testConfig({ databaseUrl: url }));
      try {
        const [classroom] = await store.listClasses();
        const [lesson] = await store.listLessons();
        const q = lesson!.questions.find((x) => x.type !== 'rewrite')!;
        const students = await Promise.all(
          ['Ada', 'Bo'].map(async (name) => {
            const browser = new Browser();
            const csrf = csrfFrom((await browser.get(app, '/')).text);
            await browser.post(app, '/join', { code: classroom!.code, name, _csrf: csrf });
            return { browser, csrf };
          }),
        );
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        await client.query(FAIL_ON_BOOM.replace(`'boom'`, `'${q.id}'`));
        await client.end();
        const replies = await Promise.all(
          students.map(({ browser, csrf }) =>
            browser.post(app, `/play/${lesson!.id}/q/1`, {
              _csrf: csrf,
              questionId: q.id,
              answer: q.choices[0]!.id,
            }),
          ),
        );
        for (const r of replies) {
          assert.equal(r.status, 503);
          assert.match(r.text, /Your answer was not saved/);
        }
        assert.deepEqual(await store.listAnswers({ lessonId: lesson!.id }), []);
      } finally {
        await store.close();
        await dropTestSchemas();
      }
    });
  });
}
