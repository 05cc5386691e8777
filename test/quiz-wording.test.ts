import assert from 'node:assert/strict';
import { quoteList, theWordsAre } from '../server/quiz/quote-list.ts';

describe('explanation wording', () => {
  it('lists quoted words with commas and a final "and"', () => {
    assert.equal(quoteList(['a', 'b', 'c']), '"a", "b" and "c"');
  });

  it('says "The word … is" for one single word', () => {
    assert.equal(theWordsAre(['Exposes']), 'The word "Exposes" is');
  });

  it('says "The words … are" for a phrase or several words', () => {
    assert.equal(theWordsAre(['a stark departure']), 'The words "a stark departure" are');
    assert.equal(theWordsAre(['said', 'Jordan']), 'The words "said" and "Jordan" are');
  });
});
