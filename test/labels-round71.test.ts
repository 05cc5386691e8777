import assert from 'node:assert/strict';
import { labels, speakers } from './helpers/short-article.ts';

describe('reports round 71 showed', () => {
  it('reads an announcement still to come, of a thing, as a schedule', () => {
    assert.deepEqual(
      labels(
        'The coach will announce his starting line-up next Tuesday.\n\nThe minister will announce that fares will rise.',
      ),
      ['fact', 'attributed'],
    );
  });

  it('reads "the survey found" after a dash closing an aside as a closing tag', () => {
    assert.deepEqual(
      labels(
        'Owners use the players in new ways - sharing songs and recording shows - the survey found.',
      ),
      ['attributed'],
    );
  });
});

describe('speakers round 71 showed', () => {
  it('leaves a playing position before a name out of the name', () => {
    assert.deepEqual(
      speakers(
        'Wing Tomas Brel said the side can still win.\n\n"We can still win the title," said Brel.',
      ),
      ['Tomas Brel'],
    );
  });

  it('reads a law’s name ending in "Bill" as no person', () => {
    assert.deepEqual(
      speakers(
        'Ministers hope the Gambling Bill becomes law by May.\n\n"It is a bad law," he said.',
      ),
      [null],
    );
  });
});
