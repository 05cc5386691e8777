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

describe('speakers(a quotation in a sentence that only passes on hearsay)', () => {
  it('gives it to "Reports" as the subject, whatever the verb', () => {
    assert.deepEqual(
      speakers('Reports on the weapon used differ between a hammer and a "heavy metal object".'),
      ['Reports'],
    );
  });

  it('gives it to "the reports" named shortly before when the sentence says "reportedly"', () => {
    assert.deepEqual(
      speakers(
        'Three people were hurt, according to the reports. One man was taken to hospital. A woman was ' +
          'reportedly cut by glass, and the third person was in "stable but serious" condition.',
      ),
      ['the reports'],
    );
  });

  it('leaves a quotation in a plain sentence alone', () => {
    assert.deepEqual(speakers('The third person was in "stable but serious" condition.'), [null]);
  });
});
