import assert from 'node:assert/strict';
import { labels } from './helpers/short-article.ts';

describe('reports round 41 showed', () => {
  it('reads a regret someone rues as that person’s stated stance', () => {
    assert.deepEqual(labels('The coach rues the missed chances against the league leaders.'), [
      'attributed',
    ]);
  });
});
