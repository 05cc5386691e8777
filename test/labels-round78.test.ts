import assert from 'node:assert/strict';
import { labels } from './helpers/short-article.ts';

describe('framing round 78 showed', () => {
  it('reads "best" in a sentence about an award’s categories or nominees as a category’s name', () => {
    assert.deepEqual(
      labels(
        'Three new categories were added this year, including best food and best writing.\n\nRed Kite and Hilltop are the nominees in the best Welsh weblog.\n\nIt was the best film of the year.',
      ),
      ['fact', 'fact', 'framing'],
    );
  });
});

describe('reports round 78 showed', () => {
  it('reads players acclaimed by their manager as his praise', () => {
    assert.deepEqual(labels('Manager Tom Reyes acclaimed his players for their patience.'), [
      'attributed',
    ]);
  });
});
