import assert from 'node:assert/strict';
import { labelOf } from './helpers/short-article.ts';

describe('a passive "by" after a verb of making or inviting (DONE_BY_VERBS)', () => {
  it('names who wrote a song, no source of words', () => {
    assert.equal(labelOf('The song was written by Lionel Richie and Michael Jackson.'), 'fact');
  });

  it('names who invited someone, no source of words', () => {
    assert.equal(
      labelOf('Kelly Sotherton has been invited by championship organisers to compete.'),
      'fact',
    );
  });

  it('leaves a plan rejected by a board a view of that board', () => {
    assert.equal(
      labelOf('A call for shortlists has been rejected by one of the most senior ministers.'),
      'attributed',
    );
  });
});
