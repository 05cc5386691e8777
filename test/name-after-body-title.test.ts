import assert from 'node:assert/strict';
import { speakers } from './helpers/short-article.ts';

describe('a name closing a long title that ends on a body ("… for the Iraqi Armed Forces Hussein Rashid Mohammed was")', () => {
  it('makes that person the subject a following "he" points at', () => {
    assert.deepEqual(
      speakers(
        'Former defence minister Tariq Salim Fawzi was also sentenced.\n\n' +
          'Former deputy head of planning for the Coastal Defence Forces Adel Karim Nasser was the third to be sentenced. He said "God bless our soldiers."',
      ),
      ['Adel Karim Nasser'],
    );
  });

  it('keeps a name after "of" before its verb an oblique mention', () => {
    assert.deepEqual(
      speakers(
        'Tariq Salim Fawzi spoke first.\n\nThe return of Adel Karim Nasser is expected soon. He said "We are ready."',
      ),
      ['Tariq Salim Fawzi'],
    );
  });
});
