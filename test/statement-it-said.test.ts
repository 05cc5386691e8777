import assert from 'node:assert/strict';
import { speakers } from './helpers/short-article.ts';

describe('a sent text opening the sentence before "It said" (textOpeningAuthor)', () => {
  it('gives "It said “…”" after "A statement by X was posted" to X', () => {
    assert.deepEqual(
      speakers(
        'A statement by the Harbour Trust was posted on Facebook. It said "We are heartbroken over the loss of our friend."',
      ),
      ['Harbour Trust'],
    );
  });

  it('does the same for "X\'s statement"', () => {
    assert.deepEqual(
      speakers(
        'The Harbour Trust\'s statement was posted on Facebook. It said "We are heartbroken over the loss of our friend."',
      ),
      ['Harbour Trust'],
    );
  });
});
