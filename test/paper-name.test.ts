import assert from 'node:assert/strict';
import { speakers } from './helpers/short-article.ts';

describe('a body word opening a capitalised run after "the" (personName)', () => {
  it('reads "the Daily Mail" as a paper, not as a person called Mail', () => {
    assert.deepEqual(speakers('The Daily Mail said the plan was "a shambles."'), ['Daily Mail']);
  });

  it('reads "the Post Office" as one body', () => {
    assert.deepEqual(speakers('The Post Office said it was "very sorry."'), ['Post Office']);
  });

  it("still leaves a given name and surname after a paper's word a person", () => {
    assert.deepEqual(speakers('Herald columnist Ann Lee called the plan "a shambles."'), [
      'Ann Lee',
    ]);
  });
});
