import assert from 'node:assert/strict';
import { labels, speakers } from './helpers/short-article.ts';

describe('speakers round 57 showed', () => {
  it('points no later "she" at the person a reflexive stands beside', () => {
    assert.deepEqual(
      speakers(
        'But Nathalie Dechy is fuming that she has been implicated in the row.\n\nElena Dementieva is also angry and says that Dechy and herself are the real victims.\n\n"It has been too hard on me," she said.',
      ),
      ['Elena Dementieva'],
    );
  });
});

describe('framing round 57 showed', () => {
  it('reads "looks set to" as a hedged forecast, and "is set to" as a schedule', () => {
    assert.deepEqual(
      labels('Bogdanovic looks set to take the second singles place.\n\nPrices are set to rise.'),
      ['framing', 'fact'],
    );
  });
});
