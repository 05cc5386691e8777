import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { nodeFs } from '../server/store/fs-layer.ts';
import { storeFiles } from '../server/store/files.ts';
import { saveSnapshot } from '../server/store/snapshot.ts';
import { parseSnapshotLayout } from '../server/store/snapshot-read.ts';
import { Memory } from '../server/store/memory.ts';
import { openStore } from '../server/store/index.ts';
import type { Answer, Database } from '../server/store/types.ts';
import { tempDataEachTest } from './helpers/temp-data.ts';

function answer(i: number, extra: Partial<Answer> = {}): Answer {
  return {
    id: `a${i}`,
    classId: 'c1',
    studentId: `s${i % 7}`,
    lessonId: 'l1',
    questionId: `q${i % 12}`,
    response: [i % 2 ? 'fact' : 'framing'],
    correct: i % 3 === 0 ? null : i % 2 === 0,
    answeredAt: `2026-12-01T10:00:${String(i % 60).padStart(2, '0')}.000Z`,
    ...extra,
  };
}

function database(answers: Answer[]): Database & { journalSeq: number } {
  return {
    schemaVersion: 2,
    secret: 'x'.repeat(32),
    journalSeq: 3,
    // A text that looks like the answers key and holds ",\n": JSON escapes the line break.
    teacher: { passwordHash: null },
    lessons: [],
    classes: [
      {
        id: 'c1',
        name: '7B,\n  "answers": [',
        code: 'ABCDEF',
        lessonIds: [],
        closed: false,
        createdAt: 't',
      },
    ],
    students: [{ id: 's1', classId: 'c1', name: 'Ada', token: 'tok', joinedAt: 't' }],
    answers,
  };
}

describe('parseSnapshotLayout', () => {
  const temp = tempDataEachTest();

  const written = async (answers: Answer[]) => {
    await saveSnapshot(nodeFs, storeFiles(temp.file), database(answers));
    return readFileSync(temp.file);
  };

  for (const count of [0, 1, 3, 10_000]) {
    it(`gives what JSON.parse gives for a snapshot Byline wrote with ${count} answers`, async () => {
      const answers = Array.from({ length: count }, (_, i) =>
        answer(
          i,
          i === 1 ? { response: ['A neutral version,\nwith a comma and a line break.'] } : {},
        ),
      );
      const bytes = await written(answers);
      if (count === 10_000) assert.ok(bytes.length > 1 << 20, 'the answers span several chunks');
      assert.deepEqual(parseSnapshotLayout(bytes), JSON.parse(bytes.toString('utf8')));
    });
  }

  it("gives JSON.parse's result for an indented file, and leaves broken ones to a whole parse", async () => {
    const bytes = await written([answer(1), answer(2)]);
    const db = JSON.parse(bytes.toString('utf8'));
    const indented = Buffer.from(JSON.stringify(db, null, 2));
    assert.deepEqual(parseSnapshotLayout(indented), db);
    const broken = [
      JSON.stringify(db),
      bytes.toString('utf8').slice(0, -20),
      `${bytes.toString('utf8')}x`,
      bytes.toString('utf8').replace('},\n    {', '}\n    {'),
      bytes.toString('utf8').replace('],\n  "answers"', ']\n  "answers"'),
    ];
    for (const text of broken) assert.equal(parseSnapshotLayout(Buffer.from(text)), undefined);
  });
});

describe('JSON store: loading a snapshot in Byline layout', () => {
  const temp = tempDataEachTest();

  it('keeps every answer equal to the file, sharing one frozen list per repeated response', async () => {
    const answers = Array.from({ length: 50 }, (_, i) => answer(i));
    await saveSnapshot(nodeFs, storeFiles(temp.file), database(answers));
    const store = await openStore(temp.file);
    const loaded = await store.listAnswers({});
    assert.deepEqual(loaded, answers);
    const facts = loaded.filter((a) => a.response[0] === 'fact');
    assert.ok(facts.length > 1);
    for (const a of facts) assert.equal(a.response, facts[0]!.response);
    assert.ok(Object.isFrozen(facts[0]!.response));
    await store.close();
    assert.deepEqual(JSON.parse(readFileSync(temp.file, 'utf8')).answers, answers);
  });

  it('names the bad answer field, and leaves the file alone', async () => {
    const bad = { ...answer(2), studentId: null } as unknown as Answer;
    await saveSnapshot(nodeFs, storeFiles(temp.file), database([answer(0), answer(1), bad]));
    const before = readFileSync(temp.file, 'utf8');
    await assert.rejects(
      openStore(temp.file),
      /byline\.json" has a bad field at answers\[2\]\.studentId:/,
    );
    assert.equal(readFileSync(temp.file, 'utf8'), before);
  });

  it('reads a file edited by hand (indented) as before', async () => {
    writeFileSync(temp.file, JSON.stringify(database([answer(0), answer(1)]), null, 2));
    const store = await openStore(temp.file);
    assert.deepEqual(await store.listAnswers({}), [answer(0), answer(1)]);
    await store.close();
  });
});

describe('Memory(shared answer values)', () => {
  it('stores a frozen answer as an equal copy and leaves the original as it was', () => {
    const memory = new Memory('x'.repeat(32), { passwordHash: null });
    const original = Object.freeze({ ...answer(1), response: Object.freeze(['fact']) as string[] });
    memory.apply({ op: 'answer', answer: original });
    const stored = memory.first(original)!;
    assert.deepEqual(stored, original);
    memory.apply({ op: 'answer', answer: { ...answer(3), response: ['fact'] } });
    assert.equal(memory.first(answer(3))!.response, stored.response);
  });
});
