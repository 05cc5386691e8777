import assert from 'node:assert/strict';
import { labels } from './helpers/short-article.ts';

// Session 5 late sprint: reporting and stance verbs the classes lacked. Every sentence is written for the test.

describe('backing, restating and stressing verbs', () => {
  it('attributes "seconded", "attribute X to", "reaffirms", "reasserted" and "underlined that"', () => {
    assert.deepEqual(
      labels(
        'The motion was seconded by the deputy mayor. Scientists attribute the decline to warmer water. The minister reaffirms the bridge will open in May. On Monday the governor reasserted the need for a new dam. The union underlined that the deal was unfair.',
      ),
      ['attributed', 'attributed', 'attributed', 'attributed', 'attributed'],
    );
  });

  it('leaves "second" as an ordinal and "seconded to" a post as fact', () => {
    assert.deepEqual(
      labels(
        'She finished second in the race. The teacher was seconded to the ministry for a year.',
      ),
      ['fact', 'fact'],
    );
  });
});

describe('"per" and an opening judgement noun name a source', () => {
  it('reads an opening or comma-led "per" as "according to", but not a rate or an arrangement followed', () => {
    assert.deepEqual(
      labels(
        'Per figures published by the census office, the town lost 900 people. Prices rose 3 per cent in May. Per the request, the council will meet again in June.',
      ),
      ['attributed', 'fact', 'fact'],
    );
  });

  it('reads "In the view of X," and "In X\'s opinion," as X\'s claim, but not "In the end,"', () => {
    assert.deepEqual(
      labels(
        "In the view of the auditors, the budget is too small. In the mayor's opinion, the road is unsafe. In the end, the budget was too small.",
      ),
      ['attributed', 'attributed', 'fact'],
    );
  });
});

describe('reports that relay nothing, and a challenge with its maker', () => {
  it('leaves a statement that gave no detail and a question put "about" something as fact', () => {
    assert.deepEqual(
      labels(
        'The notice specified no time or place. Reporters asked the mayor about the fire, but she declined to comment.',
      ),
      ['fact', 'fact'],
    );
  });

  it('attributes a passive "challenged by X"', () => {
    assert.deepEqual(labels('The plan had been challenged by the opposition as unlawful.'), [
      'attributed',
    ]);
  });
});
