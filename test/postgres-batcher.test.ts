import assert from 'node:assert/strict';
import { Batcher } from '../server/store/postgres/batcher.ts';

/** A run that records each batch it gets and finishes only when the test says so. */
function heldRuns() {
  const batches: string[][] = [];
  const finish: (() => void)[] = [];
  const batcher = new Batcher(
    (items: string[]) =>
      new Promise<string[]>((resolve) => {
        batches.push(items);
        finish.push(() => resolve(items.map((x) => x.toUpperCase())));
      }),
  );
  return { batcher, batches, finish };
}

const turn = () => new Promise((r) => setImmediate(r));

/** A few turns of the event loop, enough for a finished run to send the next (no clock involved). */
async function turns(n = 5) {
  for (let i = 0; i < n; i++) await turn();
}

describe('Batcher (group commit for the PostgreSQL store)', () => {
  it('sends items that arrive together in one run and gives each its own result', async () => {
    const { batcher, batches, finish } = heldRuns();
    const results = Promise.all(['a', 'b', 'c'].map((x) => batcher.add(x)));
    await turn();
    finish[0]!();
    assert.deepEqual(await results, ['A', 'B', 'C']);
    assert.deepEqual(batches, [['a', 'b', 'c']]);
  });

  it('sends items that arrive during a run in the next run, started only after it', async () => {
    const { batcher, batches, finish } = heldRuns();
    const first = batcher.add('a');
    await turn();
    const later = [batcher.add('b'), batcher.add('c')];
    await turn();
    assert.deepEqual(batches, [['a']], 'nothing else is sent while a run is in flight');
    finish[0]!();
    assert.equal(await first, 'A');
    await turns();
    assert.deepEqual(batches, [['a'], ['b', 'c']]);
    finish[1]!();
    assert.deepEqual(await Promise.all(later), ['B', 'C']);
  });

  it('fails every item of a failed run and none of the next run', async () => {
    let calls = 0;
    const batcher = new Batcher(async (items: string[]) => {
      if (++calls === 1) throw new Error('disk full');
      return items;
    });
    const failed = ['a', 'b'].map((x) => batcher.add(x));
    for (const p of failed) await assert.rejects(p, /disk full/);
    assert.equal(await batcher.add('c'), 'c');
  });

  it('fails every item when a run answers for fewer items than it got', async () => {
    const batcher = new Batcher(async (items: string[]) => items.slice(1));
    const results = await Promise.allSettled(['a', 'b'].map((x) => batcher.add(x)));
    assert.deepEqual(
      results.map((r) => r.status),
      ['rejected', 'rejected'],
    );
  });

  it('says it is drained only once every queued item has been answered', async () => {
    const { batcher, finish } = heldRuns();
    const answered: string[] = [];
    void batcher.add('a').then((x) => answered.push(x));
    let drained = false;
    const done = batcher.drained().then(() => (drained = true));
    await turn();
    assert.equal(drained, false);
    finish[0]!();
    await done;
    assert.deepEqual(answered, ['A']);
  });
});
