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

describe('a verb of regarding with what its object is held to be', () => {
  it('attributes "sees X as", "view X as", "considered X an …" and "deemed X to be"', () => {
    assert.deepEqual(
      labels(
        'Norway, for its part, sees Sweden as a rival in trade. Critics view the tax as unfair. Many officials in the ministry considered the flight an act of aggression. The board deemed the plan to be unsafe.',
      ),
      ['attributed', 'attributed', 'attributed', 'attributed'],
    );
  });

  it('leaves a seeing, a debate and a pronoun given a formal class as fact', () => {
    assert.deepEqual(
      labels(
        'The year saw prices rise as demand fell. The council considered the bill on Monday. Police saw the man as he left the bank. The road costs 3 million euros, and the state considers it a priority project.',
      ),
      ['fact', 'fact', 'fact', 'fact'],
    );
  });
});

describe('a subject with a participle, its object and a phrase after it', () => {
  it('finds "a new study measuring salt in school meals" as the source of "has revealed that"', () => {
    assert.deepEqual(
      labels(
        'A new study measuring salt in school meals has revealed that most pupils eat too much. Residents living near the old mill in the valley said the water was bad.',
      ),
      ['attributed', 'attributed'],
    );
  });
});

describe('a conclusion reached', () => {
  it('attributes "came to the conclusion that" and "reached the … conclusion that", not "came to an end"', () => {
    assert.deepEqual(
      labels(
        'Brown came to the conclusion that the charges were false. The panel reached the clear conclusion that the dam was unsafe. The talks came to an end. The team reached the final on Sunday.',
      ),
      ['attributed', 'attributed', 'fact', 'fact'],
    );
  });
});
