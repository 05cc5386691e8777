import assert from 'node:assert/strict';
import { speakers } from './helpers/short-article.ts';

describe('a tag whose speaker holds a state office (nounReadAsVerb)', () => {
  it('gives the quotation to the member, not the state, after "Minnesota state Representative"', () => {
    assert.deepEqual(
      speakers(
        '“The bill is a disaster for families,” Minnesota state Representative Pat Garofalo said.',
      ),
      ['Pat Garofalo'],
    );
  });

  it('does so after a state name ending in "s" ("Texas state Senator")', () => {
    assert.deepEqual(
      speakers('“We will fight it in the courts,” Texas state Senator Ken Paxton said.'),
      ['Ken Paxton'],
    );
  });

  it('still reads "state" as the verb when a plural subject states a view', () => {
    assert.deepEqual(speakers('Democrats state that “the bill is a disaster.”'), ['Democrats']);
  });
});
