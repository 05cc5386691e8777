import assert from 'node:assert/strict';
import { speakers } from './helpers/short-article.ts';

describe('a name right after a day that opens the sentence (datedBefore)', () => {
  const before =
    'The report named Governor Don Ruiz. Tom Hale, who attended, said the plan was "a promise kept." ';

  it('makes the name the subject that a "he" in its clause points to', () => {
    assert.deepEqual(
      speakers(
        `${before}On Friday Ruiz indicated he wishes to maintain the tax "for a while."`,
      ).slice(1),
      ['Don Ruiz'],
    );
  });

  it('reads the same sentence with a comma after the day alike', () => {
    assert.deepEqual(
      speakers(
        `${before}On Friday, Ruiz indicated he wishes to maintain the tax "for a while."`,
      ).slice(1),
      ['Don Ruiz'],
    );
  });
});
