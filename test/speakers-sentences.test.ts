import assert from 'node:assert/strict';
import { speakers } from './helpers/short-article.ts';

// Session 5: a speaker carried across the sentences of one quotation; every sentence is written for the test.

describe('speakers(a clause leading into direct speech after a comma or a semicolon)', () => {
  it('gives every sentence of the quotation to the subject of a clause with no reporting verb', () => {
    assert.deepEqual(
      speakers(
        'Mayor Tom Reyes, also on the radio, defended his choice, "As I said before, the bridge will be built. ' +
          'They must help pay for it. THE CITY IS STRONG!"',
      ),
      ['Tom Reyes', 'Tom Reyes', 'Tom Reyes'],
    );
  });

  it('reads a semicolon before the quotation the same way', () => {
    assert.deepEqual(
      speakers(
        'Councillor Joan Pike voiced regret and a wish to appeal; "The council needs a clear plan. Closing ' +
          'the road is the lawful way to get one."',
      ),
      ['Joan Pike', 'Joan Pike'],
    );
  });

  it('leaves a quotation after the subject alone, and one opening in lower case', () => {
    assert.deepEqual(speakers('Tom Reyes, "the man who built the bridge", retired on Monday.'), [
      null,
    ]);
    assert.deepEqual(
      speakers(
        'Joan Pike left the meeting early, "an act of protest against the plan and its makers."',
      ),
      [null],
    );
  });
});
