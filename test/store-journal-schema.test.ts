import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../server/store/index.ts';
import { SCHEMA_VERSION } from '../server/store/types.ts';
import { tempDataEachTest } from './helpers/temp-data.ts';

/** A lesson as schema 1 wrote it: before lessons carried a `version`. */
const schema1Lesson = {
  id: 'l-old',
  title: 'Old lesson',
  text: 'A sentence.',
  analysis: { title: 'Old lesson', sentences: [] },
  overrides: [],
  questions: [],
  published: true,
  bundled: false,
  createdAt: '2026-11-20T09:00:00.000Z',
  updatedAt: '2026-11-20T09:00:00.000Z',
};

describe('JSON store: journal lines written in another schema', () => {
  const temp = tempDataEachTest();
  let segment: string;
  beforeEach(async () => {
    const store = await openStore(temp.file);
    await store.close();
    const seq = JSON.parse(readFileSync(temp.file, 'utf8')).journalSeq as number;
    segment = join(temp.dir, `byline.json.journal-${seq}.jsonl`);
  });

  /** Every file in the folder with its content. */
  const folder = () =>
    new Map(readdirSync(temp.dir).map((n) => [n, readFileSync(join(temp.dir, n), 'utf8')]));

  /** Writes the journal lines and returns the folder as it is then, to show a refusal changed nothing. */
  function writeJournal(...lines: string[]): Map<string, string> {
    writeFileSync(segment, lines.join(''));
    return folder();
  }

  it('marks every line it writes with the schema it was written in', async () => {
    const store = await openStore(temp.file, { idleFoldMs: 60_000 });
    await store.createClass('7B', []);
    const current = readdirSync(temp.dir).filter((n) => n.includes('.journal-'));
    const lines = readFileSync(join(temp.dir, current.at(-1)!), 'utf8')
      .trim()
      .split('\n');
    assert.deepEqual(
      lines.map((l) => JSON.parse(l).v),
      [SCHEMA_VERSION],
    );
    await store.close();
  });

  it('migrates a line from an older schema the way the data file is migrated', async () => {
    writeJournal(`${JSON.stringify({ v: 1, op: 'lesson', lesson: schema1Lesson })}\n`);
    const store = await openStore(temp.file);
    const lesson = await store.getLesson('l-old');
    assert.equal(lesson?.version, 1);
    assert.equal(lesson?.title, 'Old lesson');
    await store.close();
    const saved = JSON.parse(readFileSync(temp.file, 'utf8'));
    assert.equal(saved.lessons.find((l: { id: string }) => l.id === 'l-old').version, 1);
  });

  it('reads a line without a schema mark as schema 2, the schema the journal came with', async () => {
    const lesson = { ...schema1Lesson, version: 4 };
    writeJournal(`${JSON.stringify({ op: 'lesson', lesson })}\n`);
    const store = await openStore(temp.file);
    assert.equal((await store.getLesson('l-old'))?.version, 4);
    await store.close();
  });

  it('refuses a line from a newer Byline with one line naming the file and line, changing nothing', async () => {
    const before = writeJournal(
      `${JSON.stringify({ v: SCHEMA_VERSION, op: 'teacher', teacher: { passwordHash: null } })}\n`,
      `${JSON.stringify({ v: SCHEMA_VERSION + 1, op: 'teacher', teacher: { passwordHash: null } })}\n`,
    );
    await assert.rejects(openStore(temp.file), (err: Error) => {
      assert.match(
        err.message,
        new RegExp(
          `journal ".*journal-\\d+\\.jsonl" line 2 was written by a newer Byline \\(schema ${SCHEMA_VERSION + 1}`,
        ),
      );
      assert.equal(err.message.split('\n').length, 1);
      return true;
    });
    assert.deepEqual(folder(), before);
  });

  it('refuses a complete last line it cannot read instead of dropping it as a torn write', async () => {
    // Valid JSON, so not cut off by a crash; written as schema 2 but without the lesson's version.
    const before = writeJournal(
      `${JSON.stringify({ v: 2, op: 'teacher', teacher: { passwordHash: null } })}\n`,
      JSON.stringify({ v: 2, op: 'lesson', lesson: schema1Lesson }),
    );
    await assert.rejects(
      openStore(temp.file),
      /journal ".*journal-\d+\.jsonl" line 2 has a bad field at lesson\.version/,
    );
    assert.deepEqual(folder(), before);
  });
});
