import assert from 'node:assert/strict';
import { speakers } from './helpers/short-article.ts';

describe('a kin word in the apposition after a name (appositiveKin)', () => {
  it('keeps "he" from pointing at a woman named as "his third wife"', () => {
    assert.deepEqual(
      speakers(
        'Amos Okafor arrived in Britain last week. Thobeka Madiba, 38, his third wife, joined him. "It is lovely," he said.',
      ),
      ['Amos Okafor'],
    );
  });

  it('lets "she" point at her', () => {
    assert.deepEqual(
      speakers(
        'Amos Okafor arrived in Britain last week. Thobeka Madiba, 38, his third wife, joined him. "It is lovely," she said.',
      ),
      ['Thobeka Madiba'],
    );
  });
});
