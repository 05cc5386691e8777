import assert from 'node:assert/strict';
import { labels } from './helpers/short-article.ts';

describe('reports round 42 showed', () => {
  it('reads "according to his wishes" as no source', () => {
    assert.deepEqual(labels('According to her wishes, there will be no service.'), ['fact']);
  });

  it('reads a title or a crown claimed as won, and a claim with a clause as a claim', () => {
    assert.deepEqual(labels('Lee claims Harbour Open crown. She claims the medal was stolen.'), [
      'fact',
      'attributed',
    ]);
  });

  it('reads a hope in the progressive as the holder’s stance, and a bare participle as none', () => {
    assert.deepEqual(
      labels('The club is hoping to host the final in 2030. Hoping to win, the team trained hard.'),
      ['attributed', 'fact'],
    );
  });

  it('reads "they agreed" closing the sentence as their shared view', () => {
    assert.deepEqual(labels('The focus next year should be on young players, they agreed.'), [
      'attributed',
    ]);
  });
});
