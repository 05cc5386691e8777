import assert from 'node:assert/strict';
import { speakers } from './helpers/short-article.ts';

describe('speakers round 56 showed', () => {
  it('leaves a describing word opening the sentence before a name out of the name', () => {
    assert.deepEqual(
      speakers(
        'Teenager Sania Mirza completed a superb week.\n\n"It is a big moment in my career," she said.\n\nGoalscorer Jimmy Floyd Hasselbaink added: "It was not a beautiful match."',
      ),
      ['Sania Mirza', 'Jimmy Floyd Hasselbaink'],
    );
  });

  it('keeps a name written with an exclamation mark inside the speaker’s phrase', () => {
    assert.deepEqual(
      speakers(
        'Brett Lock of gay group OutRage! said they were "wiping the slate clean".\n\nOutRage!\'s Mr Lock said: "The main players will regulate the industry."',
      ),
      ['Brett Lock', 'Brett Lock'],
    );
  });

  it('reads the name closing "according to" two describing words joined by "and"', () => {
    assert.deepEqual(
      speakers(
        '"The industry will work with the artists," according to media and PR strategist Glen Yearwood, who represents it.',
      ),
      ['Glen Yearwood'],
    );
  });
});
