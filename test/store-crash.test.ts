import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../server/app.ts';
import { openStore } from '../server/store/index.ts';
import type { Lesson } from '../server/store/types.ts';
import { testConfig } from './helpers/app.ts';
import { csrfIn, FormClient, startServer } from './helpers/child-server.ts';

const STUDENTS = 12;
/** Kill the server once this many answers were acknowledged and a fold put some in the data file. */
const KILL_AFTER = 24;

function answerFor(lesson: Lesson, n: number): Record<string, string> {
  const q = lesson.questions[n - 1]!;
  return { questionId: q.id, answer: q.type === 'rewrite' ? 'A plain version.' : q.choices[0]!.id };
}

/** Answers in the data file itself (not its journal); a file caught mid-rename reads as the old or the new one. */
function answersInDataFile(file: string): number {
  return (JSON.parse(readFileSync(file, 'utf8')) as { answers: unknown[] }).answers.length;
}

describe('a server killed mid-load (SIGKILL)', function () {
  // Two server starts as child processes: slow on a busy machine, however quick the store is.
  this.timeout(120_000);
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'byline-crash-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every acknowledged answer exactly once across folds and starts again on the same files', async () => {
    const config = testConfig({ dataFile: join(dir, 'byline.json') });
    const seeded = await createApp(config);
    const lesson = (await seeded.store.listLessons())[0]!;
    const classroom = (await seeded.store.listClasses())[0]!;
    await seeded.store.close();

    // This server folds its journal into the data file at every pause, so the kill lands among folds.
    const server = await startServer(config.dataFile, { script: 'test/helpers/folding-server.ts' });
    const acked: { name: string; questionId: string }[] = [];
    let killed = false;
    const kill = () => {
      killed = true;
      server.child.kill('SIGKILL');
    };
    const student = async (name: string) => {
      const client = new FormClient(server.base);
      const _csrf = csrfIn(await (await client.request('/')).text());
      const joined = await client.request('/join', { code: classroom.code, name, _csrf });
      assert.equal(joined.status, 303);
      for (let n = 1; n <= lesson.questions.length && !killed; n++) {
        const res = await client.request(`/play/${lesson.id}/q/${n}`, {
          _csrf,
          ...answerFor(lesson, n),
        });
        const location = res.headers.get('location') ?? '';
        if (res.status === 303 && location.endsWith('/feedback')) {
          acked.push({ name, questionId: lesson.questions[n - 1]!.id });
          if (!killed && acked.length >= KILL_AFTER && answersInDataFile(config.dataFile) > 0)
            kill();
        }
      }
    };
    await Promise.allSettled(Array.from({ length: STUDENTS }, (_, i) => student(`Student ${i}`)));
    // Every student done and still no fold with answers: stop the server, then say why the test fails.
    const crossedFold = killed;
    if (!killed) kill();
    assert.equal(await server.exited, 'SIGKILL');
    assert.ok(
      crossedFold,
      `a fold put answers in the data file before ${acked.length} were acknowledged`,
    );
    assert.ok(acked.length >= KILL_AFTER);

    // The restart is Byline's own server, which must also stop cleanly (SIGTERM: flush, exit 0).
    const again = await startServer(config.dataFile);
    assert.equal((await fetch(`${again.base}/healthz`)).status, 200);
    again.child.kill('SIGTERM');
    assert.equal(await again.exited, 0, again.output());

    const store = await openStore(config.dataFile);
    try {
      const students = await store.listStudents(classroom.id);
      const byName = new Map(students.map((s) => [s.name, s.id]));
      const answers = await store.listAnswers({ lessonId: lesson.id });
      const keys = answers.map((a) => `${a.studentId} ${a.questionId}`);
      assert.equal(new Set(keys).size, keys.length, 'no answer is stored twice');
      for (const { name, questionId } of acked) {
        assert.ok(
          keys.includes(`${byName.get(name)} ${questionId}`),
          `${name} ${questionId} is kept`,
        );
      }
    } finally {
      await store.close();
    }
  });
});
