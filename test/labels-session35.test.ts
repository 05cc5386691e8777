import assert from 'node:assert/strict';
import { speakers } from './helpers/short-article.ts';

describe('a surname that is an English word, never written after a given name (grammar/surnames.ts)', () => {
  it('gives the quotation to "Parry" when a verb of saying follows him mid-sentence', () => {
    assert.deepEqual(
      speakers(
        'The club will not sell its captain. But when asked about the summer, Parry said: "I sincerely hope he stays."',
      ),
      ['Parry'],
    );
  });

  it('gives the quotation to "Parry" after an inverted tag', () => {
    assert.deepEqual(speakers('The talks went on. "The door is not closed," said Parry.'), [
      'Parry',
    ]);
  });

  it('keeps a capitalised word opening a sentence for the verb it may be', () => {
    assert.deepEqual(speakers('Hope said nothing to the fans. "We will win," the captain said.'), [
      'the captain',
    ]);
  });
});
