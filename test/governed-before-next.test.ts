import assert from 'node:assert/strict';
import { speakers } from './helpers/short-article.ts';

describe('a quotation inside a clause, before the next speaker of its paragraph', () => {
  it('gives words after a participle of asking to the subject the participle hangs on', () => {
    assert.deepEqual(
      speakers(
        'Forty teachers sent a letter to the minister, appealing to the government to "reverse the cuts." John Smith of the union organised the letter, and said: "We will not stop."',
      ),
      ['Forty teachers', 'John Smith'],
    );
  });

  it('still gives a quotation filling its sentence to the speaker named after it', () => {
    assert.deepEqual(
      speakers('"We were never asked." "Nobody listened to us," said John Smith of the union.'),
      ['John Smith', 'John Smith'],
    );
  });
});
