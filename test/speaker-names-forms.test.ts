import assert from 'node:assert/strict';
import { speakers } from './helpers/short-article.ts';

// How a later short mention of a person resolves to the name given in full. Every sentence is written for the test.

describe('speaker names: a later surname resolves to the full name', () => {
  it('finds a name ending in "Jr." from its surname alone', () => {
    assert.deepEqual(
      speakers(
        'Guests included Ana Pérez, Martin Kale Jr., and Joy Tan. "She was kind," Kale said.',
      ),
      ['Martin Kale Jr.'],
    );
  });
});

describe('speaker names: a party word before a name', () => {
  it('leaves "Democrat" or "Republican" out of the name', () => {
    assert.deepEqual(speakers('Democrat Tom Avery told reporters the bill "is dead."'), [
      'Tom Avery',
    ]);
    assert.deepEqual(speakers('Republican Jane Roe said the plan "is fine."'), ['Jane Roe']);
  });
});
