import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../server/app.ts';
import { openStore } from '../server/store/index.ts';
import type { Lesson } from '../server/store/types.ts';
import { testConfig } from './helpers/app.ts';
import { csrfIn, FormClient, startServer } from './helpers/child-server.ts';

const STUDENTS = 24;
/** Kill the server once this many answers were acknowledged, with more in flight. */
const KILL_AFTER = 60;

function answerFor(lesson: Lesson, n: number): Record<string, string> {
  const q = lesson.questions[n - 1]!;
  return { questionId: q.id, answer: q.type === 'rewrite' ? 'A plain version.' : q.choices[0]!.id };
}

describe('a server killed mid-load (SIGKILL)', function () {
  // Two server starts as child processes: slow on a busy machine, however quick the store is.
  this.timeout(120_000);
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'byline-crash-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every acknowledged answer exactly once and starts again on the same files', async () => {
    const config = testConfig({ dataFile: join(dir, 'byline.json') });
    const seeded = await createApp(config);
    const lesson = (await seeded.store.listLessons())[0]!;
    const classroom = (await seeded.store.listClasses())[0]!;
    await seeded.store.close();

    const server = await startServer(config.dataFile);
    const acked: { name: string; questionId: string }[] = [];
    let killed = false;
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
          if (acked.length >= KILL_AFTER && !killed) {
            killed = true;
            server.child.kill('SIGKILL');
          }
        }
      }
    };
    await Promise.allSettled(Array.from({ length: STUDENTS }, (_, i) => student(`Student ${i}`)));
    assert.equal(await server.exited, 'SIGKILL');
    assert.ok(acked.length >= KILL_AFTER);

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
