import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../server/store/index.ts';
import { SCHEMA_VERSION, type NewLesson } from '../server/store/types.ts';

const lessonInput: NewLesson = {
  title: 'A test lesson',
  text: 'The council met on Monday.',
  analysis: { title: 'A test lesson', sentences: [] },
  overrides: [],
  questions: [],
  published: true,
  bundled: false,
};

describe('openStore', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'byline-store-'));
    file = join(dir, 'nested', 'byline.json');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the file and its folder with the current schemaVersion and a secret', async () => {
    const store = await openStore(file);
    await store.close();
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(saved.schemaVersion, SCHEMA_VERSION);
    assert.match(saved.secret, /^.{32}$/);
    assert.deepEqual(saved.answers, []);
  });

  it('returns the same instance for the same file, even through another spelling of the path', async () => {
    const a = await openStore(file);
    const b = await openStore(join(dir, 'nested', '..', 'nested', 'byline.json'));
    assert.equal(a, b);
    await a.close();
  });

  it('reads the file again after close, with everything written before', async () => {
    const a = await openStore(file);
    const lesson = await a.createLesson(lessonInput);
    const made = await a.createClass('7B', [lesson.id]);
    await a.close();
    const b = await openStore(file);
    assert.notEqual(a, b);
    assert.deepEqual(await b.getClassByCode(made.code), made);
    assert.equal((await b.getLesson(lesson.id))?.title, 'A test lesson');
    await b.close();
  });

  it('refuses a corrupt file with an error naming it, and leaves the file untouched', async () => {
    writeFileSync(join(dir, 'bad.json'), '{"schemaVersion": 1, "lessons": [');
    await assert.rejects(openStore(join(dir, 'bad.json')), (err: Error) => {
      assert.match(err.message, /bad\.json/);
      assert.match(err.message, /not valid JSON/);
      return true;
    });
    assert.equal(readFileSync(join(dir, 'bad.json'), 'utf8'), '{"schemaVersion": 1, "lessons": [');
  });

  it('refuses a file that is JSON but not a Byline database', async () => {
    writeFileSync(join(dir, 'list.json'), '[1, 2, 3]');
    await assert.rejects(openStore(join(dir, 'list.json')), /not a Byline data file/);
    assert.equal(readFileSync(join(dir, 'list.json'), 'utf8'), '[1, 2, 3]');
  });

  it('refuses a file from a newer schema without touching it', async () => {
    const newer = JSON.stringify({
      schemaVersion: SCHEMA_VERSION + 1,
      lessons: [],
      classes: [],
      students: [],
      answers: [],
    });
    writeFileSync(join(dir, 'newer.json'), newer);
    await assert.rejects(openStore(join(dir, 'newer.json')), /newer Byline/);
    assert.equal(readFileSync(join(dir, 'newer.json'), 'utf8'), newer);
  });

  it('migrates a file from before schemaVersion existed, keeping its records', async () => {
    const old = join(dir, 'old.json');
    writeFileSync(
      old,
      JSON.stringify({
        classes: [
          { id: 'c1', name: 'Old', code: 'ABCDEF', lessonIds: [], closed: false, createdAt: 'x' },
        ],
      }),
    );
    const store = await openStore(old);
    assert.equal((await store.getClass('c1'))?.name, 'Old');
    assert.deepEqual(await store.listLessons(), []);
    await store.close();
    assert.equal(JSON.parse(readFileSync(old, 'utf8')).schemaVersion, SCHEMA_VERSION);
  });

  it('does not create a file when loading fails', async () => {
    writeFileSync(join(dir, 'bad.json'), 'not json');
    await assert.rejects(openStore(join(dir, 'bad.json')));
    assert.equal(existsSync(join(dir, '.bad.json.tmp')), false);
  });
});
