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
