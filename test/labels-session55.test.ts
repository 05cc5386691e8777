import assert from 'node:assert/strict';
import { speakers } from './helpers/short-article.ts';

describe('a speaker with an apposition, then an aside in what was said ("X, a senator, said the plan, if real, is “…”")', () => {
  it('gives the words to the subject before the verb, not to the clause after it', () => {
    assert.deepEqual(
      speakers(
        'Mark Warner, a senator, said the plan, if real, is “one more example of meddling.”',
      ),
      ['Mark Warner'],
    );
  });

  it('while a tag set between commas, verb first, still speaks for the name after it', () => {
    assert.deepEqual(
      speakers('The comments, said Junya Tanase of JPMorgan, were “a real surprise.”'),
      ['Junya Tanase'],
    );
  });
});

describe('a plural office before names ("said Sens. Dick Durbin and Patrick Leahy")', () => {
  it('is no part of the first name', () => {
    assert.deepEqual(
      speakers(
        '“The director should come from the ranks,” said Sens. Dick Durbin and Patrick Leahy. “We are done,” said Senators John McCain and Lindsey Graham.',
      ),
      ['Dick Durbin', 'John McCain'],
    );
  });
});
