import assert from 'node:assert/strict';
import type { Store } from '../../server/store/types.ts';
import type { StoreHarness } from './store-contract.ts';

/**
 * What every Store must do for the teacher's marks on open answers (Store.markAnswer), as one mocha suite
 * run with an implementation's harness, like storeContract.
 */
export function markContract(name: string, makeHarness: () => Promise<StoreHarness>): void {
  describe(`Store contract (marks): ${name}`, () => {
    let harness: StoreHarness;
    let store: Store;
    beforeEach(async () => {
      harness = await makeHarness();
      store = await harness.open();
    });
    afterEach(async () => {
      await store.close();
      await harness.destroy();
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

    it('stores the verdict and comment durably, keeping the answer itself', async () => {
      const answer = await openAnswer();
      const marked = await store.markAnswer(answer.id, {
        verdict: 'good',
        comment: 'Nicely neutral.',
      });
      assert.equal(marked.mark?.verdict, 'good');
      assert.equal(marked.mark?.comment, 'Nicely neutral.');
      store = await harness.reopen(store);
      const [saved] = await store.listAnswers({ studentId: answer.studentId });
      assert.equal(saved?.mark?.verdict, 'good');
      assert.equal(saved?.mark?.comment, 'Nicely neutral.');
      assert.deepEqual(saved?.response, ['The council met.']);
      assert.equal(saved?.correct, null);
    });

    it('replaces an earlier mark and removes it with null', async () => {
      const answer = await openAnswer();
      await store.markAnswer(answer.id, { verdict: 'good', comment: '' });
      await store.markAnswer(answer.id, { verdict: 'needs-work', comment: 'Drop "shocking".' });
      const [again] = await store.listAnswers({ studentId: answer.studentId });
      assert.equal(again?.mark?.verdict, 'needs-work');
      assert.equal(again?.mark?.comment, 'Drop "shocking".');
      const cleared = await store.markAnswer(answer.id, null);
      assert.equal(cleared.mark, undefined);
      store = await harness.reopen(store);
      const [after] = await store.listAnswers({ studentId: answer.studentId });
      assert.equal(after?.mark, undefined);
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
}
