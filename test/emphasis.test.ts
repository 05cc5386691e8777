import assert from 'node:assert/strict';
import { emphasisPieces } from '../server/http/emphasis.ts';

describe('emphasisPieces(article text)', () => {
  it('turns *The New York Times* into an emphasised run without the asterisks', () => {
    assert.deepEqual(emphasisPieces('officials speaking to *The New York Times*, is'), [
      { text: 'officials speaking to ', em: false },
      { text: 'The New York Times', em: true },
      { text: ', is', em: false },
    ]);
  });

  it('leaves a lone asterisk or a spaced-out one as written', () => {
    assert.deepEqual(emphasisPieces('5 * 3 is 15*'), [{ text: '5 * 3 is 15*', em: false }]);
  });

  it('returns one empty piece for empty text', () => {
    assert.deepEqual(emphasisPieces(''), [{ text: '', em: false }]);
  });
});
