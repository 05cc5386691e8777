import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../server/store/index.ts';
import type { Store } from '../server/store/types.ts';

describe('Store.markAnswer', () => {
  let dir: string;
  let file: string;
  let store: Store;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'byline-marks-'));
    file = join(dir, 'byline.json');
    store = await openStore(file);
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function openAnswer() {
    const classroom = await store.createClass('7B', []);
    const student = await store.createStudent(classroom.id, 'Ada');
    const result = await store.recordAnswer({
      classId: classroom.id,
      studentId: student.id,
      lessonId: 'l1',
      questionId: 'q1',
      response: ['The council met.'],
      correct: null,
    });
    return result.answer;
  }

  it('stores the verdict and comment on disk, keeping the answer itself', async () => {
    const answer = await openAnswer();
    const marked = await store.markAnswer(answer.id, {
      verdict: 'good',
      comment: 'Nicely neutral.',
    });
    assert.equal(marked.mark?.verdict, 'good');
    assert.equal(marked.mark?.comment, 'Nicely neutral.');
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(saved.answers[0].mark.verdict, 'good');
    assert.deepEqual(saved.answers[0].response, ['The council met.']);
    assert.equal(saved.answers[0].correct, null);
  });

  it('replaces an earlier mark and removes it with null', async () => {
    const answer = await openAnswer();
    await store.markAnswer(answer.id, { verdict: 'good', comment: '' });
    await store.markAnswer(answer.id, { verdict: 'needs-work', comment: 'Drop "shocking".' });
    const [again] = await store.listAnswers({ studentId: answer.studentId });
    assert.equal(again?.mark?.verdict, 'needs-work');
    const cleared = await store.markAnswer(answer.id, null);
    assert.equal(cleared.mark, undefined);
  });

  it('rejects an unknown answer with a 404 error naming it', async () => {
    await assert.rejects(
      store.markAnswer('nope', { verdict: 'good', comment: '' }),
      (err: Error) => {
        assert.equal((err as Error & { status: number }).status, 404);
        assert.match(err.message, /store: unknown answer "nope"/);
        return true;
      },
    );
  });
});
