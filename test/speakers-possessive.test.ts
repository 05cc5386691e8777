import assert from 'node:assert/strict';
import { isPossessiveMark, makeToken, type Token } from '../server/analysis/grammar/token.ts';
import { findQuotes } from '../server/analysis/quotes/quotes.ts';
import { segments } from './helpers/segments.ts';

const token = (lower: string): Token => makeToken(lower, lower, 'PART', 0, lower.length);

describe('isPossessiveMark', () => {
  it('takes the possessive ending with a straight or a curly apostrophe', () => {
    assert.equal(isPossessiveMark(token("'s")), true);
    assert.equal(isPossessiveMark(token('’s')), true);
  });

  it('refuses a bare apostrophe, another word and no token', () => {
    assert.equal(isPossessiveMark(token("'")), false);
    assert.equal(isPossessiveMark(token('is')), false);
    assert.equal(isPossessiveMark(undefined), false);
  });
});

describe('findQuotes(possessive speech nouns)', () => {
  it('gives a quotation after "X’s statement" to X, with either apostrophe', () => {
    for (const mark of ["'", '’']) {
      const segs = segments([
        [`Tom Hale${mark}s statement read: "The pier stays closed until spring."`],
      ]);
      const [q] = findQuotes(segs).flat();
      assert.equal(q?.speaker, 'Tom Hale');
    }
  });
});
