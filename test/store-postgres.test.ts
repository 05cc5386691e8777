import assert from 'node:assert/strict';
import pg from 'pg';
import type { NewLesson, Store } from '../server/store/types.ts';
import { openPostgresStore } from '../server/store/postgres/open.ts';
import { migrate, readMigrations } from '../server/store/postgres/migrate.ts';
import { dropTestSchemas, freshDatabaseUrl, TEST_DATABASE_URL } from './helpers/postgres.ts';

const lessonInput: NewLesson = {
  title: 'A test lesson',
  text: 'The council met on Monday.',
  analysis: { title: 'A test lesson', sentences: [] },
  overrides: [],
  questions: [],
  published: true,
  bundled: false,
};

// Registered only when a test database is configured; .ci/run always provides one.
if (TEST_DATABASE_URL) {
  describe('PostgreSQL store', () => {
    let url: string;
    let stores: Store[];
    const open = async () => {
      const store = await openPostgresStore(url);
      stores.push(store);
      return store;
    };
    const sql = async <T extends pg.QueryResultRow>(text: string, values: unknown[] = []) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        return (await client.query<T>(text, values)).rows;
      } finally {
        await client.end();
      }
    };

    beforeEach(async () => {
      url = await freshDatabaseUrl();
      stores = [];
    });
    afterEach(async () => {
      await Promise.all(stores.map((s) => s.close()));
      await dropTestSchemas();
    });

    it('creates the schema on first open and records each migration once', async () => {
      await open();
      await open();
      const rows = await sql<{ version: number }>('SELECT version FROM schema_migrations');
      assert.deepEqual(
        rows.map((r) => r.version),
        (await readMigrations()).map((m) => m.version),
      );
    });

    it('applies the migrations once when two instances start at the same moment', async () => {
      const pools = [
        new pg.Pool({ connectionString: url }),
        new pg.Pool({ connectionString: url }),
      ];
      try {
        const [a, b] = await Promise.all(pools.map((p) => migrate(p)));
        const all = (await readMigrations()).map((m) => m.version);
        assert.deepEqual([...a!, ...b!].sort(), all);
      } finally {
        await Promise.all(pools.map((p) => p.end()));
      }
    });

    it('refuses a database set up by a newer Byline, naming the versions', async () => {
      await open();
      await sql(`INSERT INTO schema_migrations (version, name) VALUES (999, '999_future.sql')`);
      await assert.rejects(
        openPostgresStore(url),
        /newer Byline \(schema 999, this one knows \d+\)/,
      );
    });

    it('rolls back a failing migration whole and names it', async () => {
      const pool = new pg.Pool({ connectionString: url });
      try {
        await assert.rejects(
          migrate(pool, [
            { version: 1, name: '001_bad.sql', sql: 'CREATE TABLE half (x int); SELECT nonsense;' },
          ]),
          /migration 001_bad\.sql failed/,
        );
        const rows = await sql(`SELECT 1 FROM pg_tables WHERE tablename = 'half'`);
        assert.equal(rows.length, 0);
      } finally {
        await pool.end();
      }
    });

    it('gives every instance the same cookie secret', async () => {
      const [a, b] = await Promise.all([open(), open()]);
      assert.match(a.secret(), /^.{32}$/);
      assert.equal(a.secret(), b.secret());
    });

    it('keeps one answer per student, lesson and question across instances answering at once', async () => {
      const [a, b] = await Promise.all([open(), open()]);
      const c = await a.createClass('7B', []);
      const s = await a.createStudent(c.id, 'Ada');
      const base = { classId: c.id, studentId: s.id, lessonId: 'l1', questionId: 'q1' };
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          (i % 2 ? a : b).recordAnswer({ ...base, response: [`r${i}`], correct: i === 0 }),
        ),
      );
      const recorded = results.filter((r) => r.status === 'recorded');
      assert.equal(recorded.length, 1);
      for (const r of results) assert.deepEqual(r.answer, recorded[0]!.answer);
      assert.equal((await b.listAnswers({ studentId: s.id })).length, 1);
      const other = await b.recordAnswer({
        ...base,
        lessonId: 'l2',
        response: ['x'],
        correct: true,
      });
      assert.equal(other.status, 'recorded');
    });

    it('refuses a second class with the same join code in the database itself', async () => {
      const store = await open();
      const c = await store.createClass('7B', []);
      await assert.rejects(
        sql(
          `INSERT INTO classes (id, name, code, lesson_ids, created_at) VALUES ('x', 'copy', $1, '{}', 'now')`,
          [c.code],
        ),
        /duplicate key value violates unique constraint/,
      );
    });

    it('refuses a student for an unknown class with a not-found error', async () => {
      const store = await open();
      await assert.rejects(store.createStudent('nope', 'Ada'), /store: unknown class "nope"/);
    });

    it('sees a lesson change made by another instance at once, with a new version', async () => {
      const [a, b] = await Promise.all([open(), open()]);
      const lesson = await a.createLesson(lessonInput);
      await b.updateLesson(lesson.id, { title: 'Renamed', published: false });
      const seen = await a.getLesson(lesson.id);
      assert.equal(seen?.title, 'Renamed');
      assert.equal(seen?.published, false);
      const [row] = await sql<{ version: number }>('SELECT version FROM lessons WHERE id = $1', [
        lesson.id,
      ]);
      assert.equal(row?.version, 2);
    });

    it('fetches a lesson once for requests that find their copy out of date at the same time', async () => {
      const [a, b] = await Promise.all([open(), open()]);
      const lesson = await a.createLesson(lessonInput);
      const seen = await Promise.all(Array.from({ length: 5 }, () => b.getLesson(lesson.id)));
      assert.ok(seen.every((l) => l === seen[0]) && seen[0]?.version === 1);
      await a.updateLesson(lesson.id, { title: 'Renamed' });
      const after = await Promise.all(Array.from({ length: 5 }, () => b.getLesson(lesson.id)));
      assert.ok(after.every((l) => l === after[0]));
      assert.equal(after[0]?.title, 'Renamed');
      assert.equal(after[0]?.version, 2);
    });

    it('keeps lesson fields that have no column of their own through create and update', async () => {
      const store = await open();
      const made = await store.createLesson({ ...lessonInput, archived: false });
      const updated = await store.updateLesson(made.id, { archived: true, title: 'Old news' });
      assert.equal(updated.archived, true);
      assert.equal(updated.text, lessonInput.text);
      const stored = await store.getLesson(made.id);
      assert.deepEqual(stored, updated);
      assert.equal(stored?.bundled, false);
    });

    it('stores the analysis and questions as they were given', async () => {
      const store = await open();
      const input = { ...lessonInput, questions: [{ id: 'q', odd: 'é "quoted" \\ \u2028' }] };
      // @ts-expect-error a question with an unexpected shape must still round-trip unchanged
      const made = await store.createLesson(input);
      assert.deepEqual((await store.getLesson(made.id))?.questions, input.questions);
    });
  });
}

describe('openPostgresStore(unreachable database)', () => {
  it('fails with one line naming the database, without its password', async () => {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    await assert.rejects(
      openPostgresStore('postgres://byline:hunter2@127.0.0.1:1/byline'),
      (err: Error) => {
        assert.match(
          err.message,
          /^store: cannot use the PostgreSQL database postgres:\/\/byline:\*\*\*@127\.0\.0\.1:1\/byline: /,
        );
        assert.doesNotMatch(err.message, /hunter2|\n/);
        return true;
      },
    );
  });
});
