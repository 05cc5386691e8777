import assert from 'node:assert/strict';
import { labelOf } from './helpers/short-article.ts';

describe('"claimed" with a prize as its object (wonThing)', () => {
  it('is a win, not a claim, when the prize ends a long object', () => {
    assert.equal(labelOf("Willowfield claimed their first men's team title in 72 years."), 'fact');
  });

  it('is a win when the prize is an award', () => {
    assert.equal(labelOf('Jake White claimed the coaching award on Sunday.'), 'fact');
  });

  it('stays a claim when a clause follows', () => {
    assert.equal(labelOf('Critics claim the record is at best patchy.'), 'attributed');
  });
});
