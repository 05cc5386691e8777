import assert from 'node:assert/strict';
import { labels } from './helpers/short-article.ts';

describe('reports round 43 showed', () => {
  it('finds the titled subject after an opening prepositional phrase without a comma', () => {
    assert.deepEqual(
      labels('During his time on the witness stand Mr Hale told jurors he met the mayor weekly.'),
      ['attributed'],
    );
  });

  it('steps over "though" set in between a subject and its verb', () => {
    assert.deepEqual(labels('Lee though blamed her defeat on a sore knee.'), ['attributed']);
  });

  it('reads a plan told as the planner’s stance', () => {
    assert.deepEqual(labels('Mr Hale also plans to cut £2m from the budget.'), ['attributed']);
  });
});
