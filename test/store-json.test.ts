import assert from 'node:assert/strict';
import {
  appendFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../server/store/index.ts';
import { restoreBackup } from '../server/store/restore.ts';
import type { Store } from '../server/store/types.ts';
import { recordingFs } from './helpers/recording-fs.ts';
import { tempDataEachTest } from './helpers/temp-data.ts';

async function classAndStudent(store: Store) {
  const classroom = await store.createClass('7B', []);
  const student = await store.createStudent(classroom.id, 'Ada');
  return { classroom, student };
}

function answerLine(classId: string, studentId: string, questionId: string): string {
  const answer = {
    id: `a-${questionId}`,
    classId,
    studentId,
    lessonId: 'l1',
    questionId,
    response: ['x'],
    correct: true,
    answeredAt: '2026-12-01T10:00:00.000Z',
  };
  return `${JSON.stringify({ op: 'answer', answer })}\n`;
}

describe('JSON store: durability', () => {
  const temp = tempDataEachTest();

  it('acknowledges an answer only after its journal line is fdatasynced, in a segment whose name was synced', async () => {
    const { fs, log } = recordingFs();
    const store = await openStore(temp.file, { fs });
    const { classroom, student } = await classAndStudent(store);
    log.length = 0;
    const answer = {
      classId: classroom.id,
      studentId: student.id,
      lessonId: 'l1',
      response: ['x'],
      correct: true,
    };
    await Promise.all(
      ['q1', 'q2', 'q3'].map((q) =>
        store.recordAnswer({ ...answer, questionId: q }).then(() => log.push(`ack ${q}`)),
      ),
    );
    // One group: one write, one fdatasync, then the three acknowledgements.
    assert.deepEqual(log, [
      'write byline.json.journal-1.jsonl',
      'datasync byline.json.journal-1.jsonl',
      'ack q1',
      'ack q2',
      'ack q3',
    ]);
    await store.close();
  });

  it('creates a journal segment and syncs the folder before the first write to it', async () => {
    const { fs, log } = recordingFs();
    const store = await openStore(temp.file, { fs });
    await store.createClass('7B', []);
    const created = log.indexOf('syncDir', log.indexOf('rename .byline.json.tmp byline.json'));
    assert.ok(created !== -1);
    assert.ok(log.indexOf('write byline.json.journal-1.jsonl') > created);
    await store.close();
  });

  it('writes a snapshot as temp file, fsync, rename, then folder fsync, and only then drops the journal', async () => {
    const { fs, log } = recordingFs();
    const store = await openStore(temp.file, { fs });
    await classAndStudent(store);
    log.length = 0;
    await store.close();
    const sync = log.indexOf('sync .byline.json.tmp');
    const rename = log.indexOf('rename .byline.json.tmp byline.json');
    const dirSync = log.indexOf('syncDir', rename);
    const drop = log.indexOf('unlink byline.json.journal-1.jsonl');
    assert.ok(sync !== -1 && sync < rename, 'fsync before rename');
    assert.ok(dirSync > rename, 'folder fsync after rename');
    assert.ok(drop > dirSync, 'the journal is dropped only after the new snapshot is durable');
    const saved = JSON.parse(readFileSync(temp.file, 'utf8'));
    assert.equal(saved.students.length, 1);
    assert.deepEqual(
      readdirSync(temp.dir).filter((n) => n.includes('journal')),
      [],
    );
  });

  it('replays the journal after a crash, ignoring a torn last line', async () => {
    const store = await openStore(temp.file);
    const { classroom, student } = await classAndStudent(store);
    await store.close();
    const seq = JSON.parse(readFileSync(temp.file, 'utf8')).journalSeq as number;
    const segment = join(temp.dir, `byline.json.journal-${seq}.jsonl`);
    const torn = answerLine(classroom.id, student.id, 'q3');
    writeFileSync(
      segment,
      answerLine(classroom.id, student.id, 'q1') +
        answerLine(classroom.id, student.id, 'q2') +
        torn.slice(0, 40),
    );
    const again = await openStore(temp.file);
    const answers = await again.listAnswers({ studentId: student.id });
    assert.deepEqual(
      answers.map((a) => a.questionId),
      ['q1', 'q2'],
    );
    // The replayed lines are in the JSON file now, and a new answer still works.
    assert.equal(JSON.parse(readFileSync(temp.file, 'utf8')).answers.length, 2);
    const next = await again.recordAnswer({
      classId: classroom.id,
      studentId: student.id,
      lessonId: 'l1',
      questionId: 'q3',
      response: ['y'],
      correct: false,
    });
    assert.equal(next.status, 'recorded');
    await again.close();
    assert.equal(JSON.parse(readFileSync(temp.file, 'utf8')).answers.length, 3);
  });

  it('replays a line written twice only once', async () => {
    const store = await openStore(temp.file);
    const { classroom, student } = await classAndStudent(store);
    await store.close();
    const seq = JSON.parse(readFileSync(temp.file, 'utf8')).journalSeq as number;
    const line = answerLine(classroom.id, student.id, 'q1');
    writeFileSync(join(temp.dir, `byline.json.journal-${seq}.jsonl`), line + line);
    const again = await openStore(temp.file);
    assert.equal((await again.listAnswers({})).length, 1);
    await again.close();
  });

  it('refuses to start on a damaged line in the middle of the journal, naming the file and line', async () => {
    const store = await openStore(temp.file);
    const { classroom, student } = await classAndStudent(store);
    await store.close();
    const seq = JSON.parse(readFileSync(temp.file, 'utf8')).journalSeq as number;
    const segment = join(temp.dir, `byline.json.journal-${seq}.jsonl`);
    const content = `${answerLine(classroom.id, student.id, 'q1')}{"op":"answ\n${answerLine(classroom.id, student.id, 'q2')}`;
    writeFileSync(segment, content);
    const before = readFileSync(temp.file, 'utf8');
    await assert.rejects(
      openStore(temp.file),
      /journal ".*journal-\d+\.jsonl" line 2 is not valid JSON/,
    );
    assert.equal(readFileSync(temp.file, 'utf8'), before);
    assert.equal(readFileSync(segment, 'utf8'), content);
  });

  it('refuses a journal without its data file, and touches neither', async () => {
    const store = await openStore(temp.file);
    await store.createClass('7B', []);
    // Leave the journal behind as a crash would, then lose the data file.
    const segment = join(temp.dir, 'byline.json.journal-7.jsonl');
    writeFileSync(segment, '');
    await store.close();
    rmSync(temp.file);
    appendFileSync(segment, '{"op":"teacher","teacher":{"passwordHash":null}}\n');
    await assert.rejects(openStore(temp.file), (err: Error) => {
      assert.match(
        err.message,
        /found journal ".*journal-7\.jsonl" but no data file ".*byline\.json"/,
      );
      assert.equal(err.message.split('\n').length, 1);
      return true;
    });
    assert.equal(existsSync(temp.file), false);
    assert.ok(existsSync(segment));
  });
});

describe('JSON store: a bad data file stops the start with one line naming the field', () => {
  const temp = tempDataEachTest();

  const good = () => ({
    schemaVersion: 2,
    secret: 'x'.repeat(32),
    teacher: { passwordHash: null },
    lessons: [],
    classes: [
      { id: 'c1', name: '7B', code: 'ABCDEF', lessonIds: [], closed: false, createdAt: 't' },
    ],
    students: [{ id: 's1', classId: 'c1', name: 'Ada', token: 'tok', joinedAt: 't' }],
    answers: [],
  });

  const cases: [string, (db: Record<string, unknown>) => void, RegExp][] = [
    ['a missing secret', (db) => delete db.secret, /at secret:/],
    ['teacher: null', (db) => (db.teacher = null), /at teacher:/],
    [
      'lessonIds: null',
      (db) => ((db.classes as Record<string, unknown>[])[0]!.lessonIds = null),
      /at classes\[0\]\.lessonIds:/,
    ],
    ['a null student', (db) => (db.students as unknown[]).push(null), /at students\[1\]:/],
    [
      'an answer without its student',
      (db) => {
        const answer = { id: 'a', classId: 'c1', lessonId: 'l', questionId: 'q', response: [] };
        const ok = { ...answer, studentId: 's1', correct: true, answeredAt: 't' };
        db.answers = [...Array.from({ length: 5_001 }, (_, i) => ({ ...ok, id: `a${i}` })), answer];
      },
      /at answers\[5001\]\.studentId:/,
    ],
  ];
  for (const [name, spoil, path] of cases) {
    it(`refuses ${name}, naming the file and the path, and leaves its bytes alone`, async () => {
      const db = good() as Record<string, unknown>;
      spoil(db);
      const text = JSON.stringify(db, null, 2);
      writeFileSync(temp.file, text);
      await assert.rejects(openStore(temp.file), (err: Error) => {
        assert.match(err.message, /byline\.json/);
        assert.match(err.message, path);
        assert.equal(err.message.split('\n').length, 1);
        return true;
      });
      assert.equal(readFileSync(temp.file, 'utf8'), text);
      assert.deepEqual(readdirSync(temp.dir), ['byline.json']);
    });
  }

  it('upgrades a version-1 file, keeping the original as a backup', async () => {
    const db = { ...good(), schemaVersion: 1 };
    const text = JSON.stringify(db);
    writeFileSync(temp.file, text);
    const store = await openStore(temp.file);
    assert.equal((await store.getClass('c1'))?.name, '7B');
    await store.close();
    const backups = readdirSync(temp.dir).filter((n) => n.startsWith('byline.backup-'));
    assert.equal(backups.length, 1);
    assert.equal(readFileSync(join(temp.dir, backups[0]!), 'utf8'), text);
    assert.equal(JSON.parse(readFileSync(temp.file, 'utf8')).schemaVersion, 2);
  });
});

describe('JSON store: folding and backups', () => {
  const temp = tempDataEachTest();

  it('keeps the replaced snapshot as a backup at most every backupEveryMs, and the newest ten', async () => {
    let clock = Date.parse('2026-12-01T08:00:00Z');
    const options = { backupEveryMs: 60_000, now: () => new Date((clock += 30_000)) };
    for (let i = 0; i < 24; i++) {
      const store = await openStore(temp.file, options);
      await store.createClass(`c${i}`, []);
      await store.close();
    }
    const backups = readdirSync(temp.dir).filter((n) => n.startsWith('byline.backup-'));
    assert.equal(backups.length, 10);
    const newest = JSON.parse(readFileSync(join(temp.dir, backups.at(-1)!), 'utf8'));
    assert.ok(newest.classes.length >= 21, 'the newest backup is recent');
    assert.equal(JSON.parse(readFileSync(temp.file, 'utf8')).classes.length, 24);
  });

  it('folds the journal into the file in the background as it grows and when writes pause', async () => {
    const store = await openStore(temp.file, { foldBytes: 1, idleFoldMs: 20 });
    const { classroom, student } = await classAndStudent(store);
    const answer = {
      classId: classroom.id,
      studentId: student.id,
      lessonId: 'l1',
      response: ['x'],
      correct: true,
    };
    for (let i = 0; i < 5; i++) await store.recordAnswer({ ...answer, questionId: `q${i}` });
    const inFile = () => JSON.parse(readFileSync(temp.file, 'utf8')).answers.length as number;
    // Bounded wait for the background fold (never an assertion on speed).
    for (let tries = 0; tries < 200 && inFile() < 5; tries++)
      await new Promise((r) => setTimeout(r, 25));
    assert.equal(inFile(), 5);
    await store.close();
  });

  it('hands out frozen records, so no page can change the stored data by accident', async () => {
    const store = await openStore(temp.file);
    const { classroom } = await classAndStudent(store);
    const got = await store.getClass(classroom.id);
    assert.throws(() => {
      (got as { name: string }).name = 'changed';
    }, TypeError);
    assert.equal((await store.getClass(classroom.id))?.name, '7B');
    await store.close();
  });
});

describe('JSON store: restoring a backup', () => {
  const temp = tempDataEachTest();

  it('puts the backup in place and keeps the replaced file and journal aside', async () => {
    let clock = Date.parse('2026-12-01T08:00:00Z');
    const options = { backupEveryMs: 0, now: () => new Date((clock += 60_000)) };
    let store = await openStore(temp.file, options);
    await store.createClass('first', []);
    await store.close();
    store = await openStore(temp.file, options);
    await store.createClass('second', []);
    await store.close();
    const backup = readdirSync(temp.dir)
      .filter((n) => n.startsWith('byline.backup-'))
      .sort()
      .at(-1);
    assert.ok(backup);
    const journal = join(temp.dir, 'byline.json.journal-9.jsonl');
    writeFileSync(journal, '');
    const done = await restoreBackup(join(temp.dir, backup), temp.file);
    assert.equal(done.answers, 0);
    assert.equal(done.keptAside.length, 2);
    assert.equal(existsSync(journal), false);
    store = await openStore(temp.file);
    assert.deepEqual(
      (await store.listClasses()).map((c) => c.name),
      ['first'],
    );
    await store.close();
  });

  it('refuses a backup that is not a valid data file, changing nothing', async () => {
    const store = await openStore(temp.file);
    await store.close();
    const before = readFileSync(temp.file, 'utf8');
    writeFileSync(join(temp.dir, 'bad.json'), '{"schemaVersion": 2');
    await assert.rejects(
      restoreBackup(join(temp.dir, 'bad.json'), temp.file),
      /bad\.json" is not valid JSON/,
    );
    assert.equal(readFileSync(temp.file, 'utf8'), before);
  });
});
