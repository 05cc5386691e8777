import assert from 'node:assert/strict';
import { speakers } from './helpers/short-article.ts';

describe('a belief told inside a claim (heldInsideClaim)', () => {
  it('gives the quoted words to the one who claims, not to those said to believe', () => {
    assert.deepEqual(
      speakers(
        'The minister claimed voters believed the plan was "a disaster", days before the vote.',
      ),
      ['The minister'],
    );
  });

  it('leaves the words with those who believe when no one claims it', () => {
    assert.deepEqual(speakers('Local farmers believe the plan is "a disaster for the valley."'), [
      'Local farmers',
    ]);
  });
});
