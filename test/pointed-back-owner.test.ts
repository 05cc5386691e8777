import assert from 'node:assert/strict';
import { speakers } from './helpers/short-article.ts';

describe('the next sentence names the speaker of words that fill their sentence (pointedBackSpeaker)', () => {
  const before =
    'Opposition leader Raj Mehta welcomed the move. "It was the only honourable course," the Labour leader said.';

  it('takes "the words of Raj Mehta\'s deputy, Carol Finn" for Carol Finn, not her leader', () => {
    assert.deepEqual(
      speakers(
        `${before}\n\n"This was long overdue." Those were the words of Raj Mehta's deputy, Carol Finn.`,
      ),
      ['Raj Mehta', 'Carol Finn'],
    );
  });

  it('keeps words with the one who spoke before when no sentence points back', () => {
    assert.deepEqual(speakers(`${before}\n\n"This was long overdue." The vote is on Monday.`), [
      'Raj Mehta',
      'Raj Mehta',
    ]);
  });
});
