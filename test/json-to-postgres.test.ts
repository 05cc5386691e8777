import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../server/store/index.ts';
import type { Store } from '../server/store/types.ts';
import { openPostgresStore } from '../server/store/postgres/open.ts';
import { lessonInput } from './helpers/store-contract.ts';
import { dropTestSchemas, freshDatabaseUrl, TEST_DATABASE_URL } from './helpers/postgres.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

function run(args: string[], env: Record<string, string | undefined>) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    execFile(
      'node',
      ['--import', 'tsx', 'cli/json-to-postgres.ts', ...args],
      { cwd: root, env: { ...process.env, ...env } },
      (err, stdout, stderr) =>
        done({ code: typeof err?.code === 'number' ? err.code : 0, stdout, stderr }),
    );
  });
}

/** A school's file: two lessons, a class, two students, three answers (one marked), a password. */
async function fillSchool(store: Store): Promise<void> {
  const a = await store.createLesson(lessonInput('Harbour'));
  const b = await store.createLesson({ ...lessonInput('Council'), archived: true });
  await store.updateLesson(a.id, { title: 'Harbour reopens' });
  const c = await store.createClass('7B', [a.id, b.id]);
  const ada = await store.createStudent(c.id, 'Ada');
  const bo = await store.createStudent(c.id, 'Bo');
  const base = { classId: c.id, lessonId: a.id, correct: true };
  await store.recordAnswer({ ...base, studentId: ada.id, questionId: 'q1', response: ['x', 'y'] });
  await store.recordAnswer({ ...base, studentId: bo.id, questionId: 'q1', response: ['z'] });
  const open = await store.recordAnswer({
    ...base,
    studentId: ada.id,
    questionId: 'q2',
    response: ['In my words.'],
    correct: null,
  });
  await store.markAnswer(open.answer.id, { verdict: 'good', comment: 'Clear.' });
  await store.setTeacherPasswordHash('scrypt$aa$bb');
}

async function everything(store: Store) {
  const classes = await store.listClasses();
  return {
    secret: store.secret(),
    passwordHash: (await store.teacher()).passwordHash,
    lessons: await store.listLessons(),
    classes,
    students: await store.listStudents(classes[0]!.id),
    answers: await store.listAnswers({}),
  };
}

// Registered only when a test database is configured; .ci/run always provides one.
if (TEST_DATABASE_URL) {
  describe('npm run migrate:json-to-postgres', () => {
    let dir: string;
    let file: string;
    let url: string;
    beforeEach(async () => {
      dir = mkdtempSync(join(tmpdir(), 'byline-import-'));
      file = join(dir, 'byline.json');
      url = await freshDatabaseUrl();
      const store = await openStore(file);
      await fillSchool(store);
      await store.close();
    });
    afterEach(async () => {
      rmSync(dir, { recursive: true, force: true });
      await dropTestSchemas();
    });

    it('copies every record, the secret and the password, then skips them all on a second run', async () => {
      const first = await run([file], { BYLINE_DATABASE_URL: url });
      assert.equal(first.stderr, '');
      assert.equal(first.code, 0);
      assert.match(first.stdout, /copied 2 lessons, 1 classes, 2 students, 3 answers/);
      const again = await run([file], { BYLINE_DATABASE_URL: url });
      assert.equal(again.code, 0);
      assert.match(again.stdout, /copied 0 lessons, 0 classes, 0 students, 0 answers/);
      assert.match(again.stdout, /skipped: 2 lessons, 1 classes, 2 students, 3 answers/);

      const json = await openStore(file);
      const pg = await openPostgresStore(url);
      try {
        assert.deepEqual(await everything(pg), await everything(json));
      } finally {
        await Promise.all([json.close(), pg.close()]);
      }
    });

    it('refuses a database holding records of its own, and adds beside them with --force', async () => {
      const other = await openPostgresStore(url);
      await other.createClass('Another school', []);
      const secret = other.secret();
      await other.close();
      const refused = await run([file], { BYLINE_DATABASE_URL: url });
      assert.equal(refused.code, 1);
      assert.match(refused.stderr, /already holds records that are not in .*1 classes.*--force/);
      assert.equal(refused.stderr.trim().split('\n').length, 1);

      const forced = await run([file, '--force'], { BYLINE_DATABASE_URL: url });
      assert.equal(forced.code, 0);
      assert.match(forced.stdout, /copied 2 lessons, 1 classes, 2 students, 3 answers/);
      const pg = await openPostgresStore(url);
      try {
        assert.equal((await pg.listClasses()).length, 2);
        assert.equal(pg.secret(), secret);
      } finally {
        await pg.close();
      }
    });
  });
}

describe('npm run migrate:json-to-postgres (bad input)', () => {
  it('asks for BYLINE_DATABASE_URL in one line', async () => {
    const res = await run(['data.json'], { BYLINE_DATABASE_URL: '' });
    assert.equal(res.code, 2);
    assert.equal(
      res.stderr,
      'json-to-postgres: set BYLINE_DATABASE_URL to postgres://user:password@host/db\n',
    );
  });

  it('refuses a missing data file without creating it', async () => {
    const missing = join(tmpdir(), `byline-missing-${process.pid}.json`);
    const res = await run([missing], { BYLINE_DATABASE_URL: 'postgres://byline@127.0.0.1:1/x' });
    assert.equal(res.code, 1);
    assert.match(res.stderr, /^json-to-postgres: no data file ".*byline-missing-\d+\.json"\n$/);
  });

  it('refuses an unknown option and a second file', async () => {
    const opt = await run(['a.json', '--merge'], { BYLINE_DATABASE_URL: 'postgres://x/y' });
    assert.equal(opt.code, 2);
    assert.match(opt.stderr, /unknown option "--merge"/);
    const two = await run(['a.json', 'b.json'], { BYLINE_DATABASE_URL: 'postgres://x/y' });
    assert.equal(two.code, 2);
    assert.match(two.stderr, /exactly one data file, got 2/);
  });
});
