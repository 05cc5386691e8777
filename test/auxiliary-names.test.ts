import assert from 'node:assert/strict';
import { labelOf } from './helpers/short-article.ts';

describe('a capitalised auxiliary after a name, and a perfect read as two verbs (retagAuxiliaryNames)', () => {
  it('reads "Swiss Re has said" as a body that said something', () => {
    assert.equal(
      labelOf('Swiss Re has said total claims are likely to be less than $10bn.'),
      'attributed',
    );
  });

  it('leaves a question opened by "Was" after a capitalised word a question', () => {
    assert.notEqual(labelOf('VOTE Was Germaine Greer right to leave?'), 'attributed');
  });
});

describe('a verb of anticipating with a clause', () => {
  it('reports what the subject expects', () => {
    assert.equal(
      labelOf('He anticipated that his company would pay less than it did after the hurricanes.'),
      'attributed',
    );
  });
});
