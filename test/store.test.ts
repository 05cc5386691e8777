import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, JOIN_CODE_ALPHABET } from '../server/store/index.ts';
import { SCHEMA_VERSION, type NewLesson, type Store } from '../server/store/types.ts';

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

describe('LowdbStore', () => {
  let dir: string;
  let file: string;
  let store: Store;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'byline-store-'));
    file = join(dir, 'byline.json');
    store = await openStore(file);
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives classes unique 6-character join codes from the unambiguous alphabet', async () => {
    const codes = new Set<string>();
    for (let i = 0; i < 40; i++) codes.add((await store.createClass(`c${i}`, [])).code);
    assert.equal(codes.size, 40);
    for (const code of codes) assert.match(code, new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));
    assert.doesNotMatch([...codes].join(''), /[01OIL]/);
  });

  it('keeps the first of two concurrent answers to the same question and stores only one', async () => {
    const c = await store.createClass('7B', []);
    const s = await store.createStudent(c.id, 'Ada');
    const base = {
      classId: c.id,
      studentId: s.id,
      lessonId: 'l1',
      questionId: 'q1',
      correct: true,
    };
    const [first, second] = await Promise.all([
      store.recordAnswer({ ...base, response: ['a'] }),
      store.recordAnswer({ ...base, response: ['b'], correct: false }),
    ]);
    assert.equal(first.status, 'recorded');
    assert.equal(second.status, 'already-answered');
    assert.deepEqual(second.answer.response, ['a']);
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(saved.answers.length, 1);
    assert.deepEqual(saved.answers[0].response, ['a']);
  });

  it('has the answer on disk by the time recordAnswer resolves', async () => {
    const c = await store.createClass('7B', []);
    const s = await store.createStudent(c.id, 'Ada');
    await store.recordAnswer({
      classId: c.id,
      studentId: s.id,
      lessonId: 'l1',
      questionId: 'q9',
      response: ['x'],
      correct: null,
    });
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(saved.answers[0].questionId, 'q9');
  });

  it('has every change made during a running write on disk when its own promise resolves', async () => {
    const first = store.createClass('first', []);
    const rest = Array.from({ length: 20 }, (_, i) => store.createClass(`c${i}`, []));
    await first;
    await Promise.all(rest);
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(saved.classes.length, 21);
  });

  it('waits for pending writes on close', async () => {
    const pending = store.createClass('late', []);
    await store.close();
    await pending;
    assert.equal(JSON.parse(readFileSync(file, 'utf8')).classes[0].name, 'late');
    store = await openStore(file);
  });

  it('filters answers by class, lesson and student', async () => {
    const c = await store.createClass('7B', []);
    const ada = await store.createStudent(c.id, 'Ada');
    const bo = await store.createStudent(c.id, 'Bo');
    const base = { classId: c.id, response: ['x'], correct: true };
    await store.recordAnswer({ ...base, studentId: ada.id, lessonId: 'l1', questionId: 'q1' });
    await store.recordAnswer({ ...base, studentId: ada.id, lessonId: 'l2', questionId: 'q2' });
    await store.recordAnswer({ ...base, studentId: bo.id, lessonId: 'l1', questionId: 'q1' });
    assert.equal((await store.listAnswers({ lessonId: 'l1' })).length, 2);
    assert.equal((await store.listAnswers({ studentId: ada.id })).length, 2);
    assert.equal((await store.listAnswers({ studentId: bo.id, lessonId: 'l2' })).length, 0);
  });

  it('returns copies, so changing a returned record changes nothing stored', async () => {
    const c = await store.createClass('7B', []);
    const got = await store.getClass(c.id);
    got!.name = 'changed';
    assert.equal((await store.getClass(c.id))?.name, '7B');
  });

  it('updates a lesson, keeping its id and creation time', async () => {
    const lesson = await store.createLesson(lessonInput);
    const updated = await store.updateLesson(lesson.id, { title: 'Renamed', published: false });
    assert.equal(updated.id, lesson.id);
    assert.equal(updated.createdAt, lesson.createdAt);
    assert.equal((await store.getLesson(lesson.id))?.title, 'Renamed');
  });

  it('rejects updates and students for unknown records with a 404 error naming them', async () => {
    await assert.rejects(store.updateClass('nope', { closed: true }), {
      status: 404,
      message: 'store: unknown class "nope"',
    });
    await assert.rejects(store.updateLesson('nope', { title: 'x' }), /unknown lesson "nope"/);
    await assert.rejects(store.createStudent('nope', 'Ada'), /unknown class "nope"/);
  });

  it("finds a student by token and lists a class's students", async () => {
    const c = await store.createClass('7B', []);
    const s = await store.createStudent(c.id, 'Ada');
    assert.equal((await store.getStudentByToken(s.token))?.id, s.id);
    assert.equal(await store.getStudentByToken('wrong'), undefined);
    assert.deepEqual(
      (await store.listStudents(c.id)).map((x) => x.name),
      ['Ada'],
    );
  });

  it('stores the teacher password hash', async () => {
    assert.equal((await store.teacher()).passwordHash, null);
    await store.setTeacherPasswordHash('scrypt$aa$bb');
    assert.equal((await store.teacher()).passwordHash, 'scrypt$aa$bb');
  });

  it('keeps teacher sessions across a restart until one, all, or a new password ends them', async () => {
    const later = new Date(Date.now() + 60_000).toISOString();
    await store.addTeacherSession({ idHash: 'a'.repeat(64), expiresAt: later });
    await store.addTeacherSession({ idHash: 'b'.repeat(64), expiresAt: later });
    await store.addTeacherSession({ idHash: 'c'.repeat(64), expiresAt: later });
    await store.close();
    store = await openStore(file);
    const hashes = async () => ((await store.teacher()).sessions ?? []).map((s) => s.idHash[0]);
    assert.deepEqual(await hashes(), ['a', 'b', 'c']);
    await store.endTeacherSessions({ idHash: 'b'.repeat(64) });
    assert.deepEqual(await hashes(), ['a', 'c']);
    await store.endTeacherSessions('all');
    assert.deepEqual(await hashes(), []);
    await store.addTeacherSession({ idHash: 'd'.repeat(64), expiresAt: later });
    await store.setTeacherPasswordHash('scrypt$aa$bb');
    assert.deepEqual(await hashes(), []);
  });

  it('drops expired teacher sessions when a new one is added', async () => {
    const past = new Date(Date.now() - 1000).toISOString();
    const later = new Date(Date.now() + 60_000).toISOString();
    await store.addTeacherSession({ idHash: 'a'.repeat(64), expiresAt: past });
    await store.addTeacherSession({ idHash: 'b'.repeat(64), expiresAt: later });
    assert.deepEqual(
      ((await store.teacher()).sessions ?? []).map((s) => s.idHash[0]),
      ['b'],
    );
  });
});
