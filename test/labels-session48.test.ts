import assert from 'node:assert/strict';
import { speechSpeakersOf } from './helpers/short-article.ts';

describe('"the" and a body\'s name before a person noun ("the Bank of Japan official told Reuters")', () => {
  it('points back to the person introduced with the same body and noun', () => {
    assert.deepEqual(
      speechSpeakersOf(
        [
          'ACCORD STILL IN EFFECT, OFFICIAL SAYS',
          'The seven nations still comply with the accord, a senior Bank of Japan official said.',
          'Treasury Secretary James Baker said on Sunday the accord would be reexamined.',
          '“The market is reacting too much,” the Bank of Japan official told Reuters.',
        ].join('\n\n'),
      ),
      ['a senior Bank of Japan official'],
    );
  });

  it('and so does a body\'s name of two words ("the Finance Ministry official")', () => {
    assert.deepEqual(
      speechSpeakersOf(
        [
          'ACCORD STILL IN EFFECT',
          'A Finance Ministry official said the U.S. would never lower the range.',
          'Treasury Secretary James Baker said on Sunday the accord would be reexamined.',
          '“That is why he said the accord still holds,” the Finance Ministry official said.',
        ].join('\n\n'),
      ),
      ['A Finance Ministry official'],
    );
  });
});
