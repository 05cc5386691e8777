import assert from 'node:assert/strict';
import { speakers } from './helpers/short-article.ts';

// Session 6: bodies that are no person for a later "she", and groups with a complement for a later "they". Every
// sentence is written for the test.

describe('speakers(a body named by its kind is no person)', () => {
  it('does not let "she" point at a society, a movement or a broadcaster', () => {
    assert.deepEqual(
      speakers(
        'Opposition leader Ana Ruiz met the Red Cross Society chief Lee Chan in Geneva, where she praised ' +
          'the Geneva Convention. "Rules matter," she said.',
      ),
      ['Ana Ruiz'],
    );
  });
});

describe('speakers(a group subject with a complement is a "they")', () => {
  it('finds "Officials from the ministry" for a later "they said"', () => {
    assert.deepEqual(
      speakers(
        'Officials from the Ministry of Energy met on Friday. "Prices will fall," they said.',
      ),
      ['Officials from the Ministry of Energy'],
    );
  });
});
