import assert from 'node:assert/strict';
import { labels } from './helpers/short-article.ts';

// Session 6 late sprint: reporting verbs in the present tense and clauses of saying the analyzer missed. Every
// sentence is written for the test.

describe('a present-tense reporting verb the tagger read as a plural noun', () => {
  it('attributes "states that", "point(s) out that" and "claims to have"', () => {
    assert.deepEqual(
      labels(
        'The audit states that few schools use the new method. Critics of the plan point out that the fund pays less each year. Mills points out that the benefits fall every year. Since 2001, the charity claims to have built 300 wells.',
      ),
      ['attributed', 'attributed', 'attributed', 'attributed'],
    );
  });

  it('leaves a noun before "that" and "points out of" as fact', () => {
    assert.deepEqual(
      labels(
        'The plans that were drawn up last year cost more. The team scored three points out of a possible nine.',
      ),
      ['fact', 'fact'],
    );
  });
});

describe('a clause of saying opened by "as"', () => {
  it('attributes "As X told Y," and "As X (has) said," before the claim', () => {
    assert.deepEqual(
      labels(
        'As Lee told the Daily Star, crime has dropped since the new lights went up. Rents rose, and as the mayor has noted, wages did not.',
      ),
      ['attributed', 'attributed'],
    );
  });

  it('leaves a temporal "as" with an object after the verb as fact', () => {
    assert.deepEqual(labels('As the firm announced its results, its shares fell.'), ['fact']);
  });
});
