import assert from 'node:assert/strict';
import { speakers } from './helpers/short-article.ts';

describe('an inverted tag naming a person by faith, place or circumstance (LAY_PEOPLE)', () => {
  it('takes "warned one devotee" after a quotation as its speaker', () => {
    assert.deepEqual(
      speakers(
        'Crowds gathered at the shrine. "It could spell the end of the mission," warned one devotee.',
      ),
      ['one devotee'],
    );
  });

  it('still reads a thing after such a verb as its object', () => {
    assert.deepEqual(speakers('John Doe, whom Jane Roe called "unfit," denied the claims.'), [
      'Jane Roe',
    ]);
  });
});
