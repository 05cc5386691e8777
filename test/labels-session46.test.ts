import assert from 'node:assert/strict';
import { speakers } from './helpers/short-article.ts';

describe('someone not named, described after the verb that tags a quotation ("…," said one dealer at a bank)', () => {
  it('keeps the phrases of place and group, as before the verb', () => {
    assert.deepEqual(
      speakers(
        '“The dollar was trendless today,” said one dealer at a top European bank. “It is a small start,” said an engineer with a U.S. electronics firm in Hong Kong.',
      ),
      [
        'one dealer at a top European bank',
        'an engineer with a U.S. electronics firm in Hong Kong',
      ],
    );
  });

  it('leaves out a time after the description ("said a spokesman for the ministry on Monday")', () => {
    assert.deepEqual(speakers('“It is fine,” said a spokesman for the ministry on Monday.'), [
      'a spokesman for the ministry',
    ]);
  });
});
