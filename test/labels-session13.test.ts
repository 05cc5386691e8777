import assert from 'node:assert/strict';
import { labels } from './helpers/short-article.ts';

describe('reporting verbs that report nothing', () => {
  it('reads a comparison with what was expected as fact', () => {
    assert.deepEqual(labels('The port created fewer jobs than expected in May.'), ['fact']);
  });

  it('reads "added" with an amount as fact, and "added" with a clause as a report', () => {
    assert.deepEqual(labels('The harbour economy added 3,000 jobs in June.'), ['fact']);
    assert.deepEqual(labels('The ferry line adds more routes than forecast'), ['fact']);
    assert.deepEqual(labels('He added 300 jobs would go.'), ['attributed']);
  });

  it('reads a plea in court as fact', () => {
    assert.deepEqual(labels('They also pleaded guilty to selling copied watches.'), ['fact']);
    assert.deepEqual(
      labels('Two men have pleaded guilty to charges that they sold copied watches.'),
      ['fact'],
    );
  });
});

describe('reports the grammar used to miss', () => {
  it('reads "said no …" opening a clause as a report, and "specified no date" as none', () => {
    assert.deepEqual(labels('Harbour officials said no such deal had been offered.'), [
      'attributed',
    ]);
    assert.deepEqual(labels('Police said nothing had been taken from the shop.'), ['attributed']);
    assert.deepEqual(labels('The notice specified no date.'), ['fact']);
  });

  it('reads a closing tag whose noun the tagger took for an adjective', () => {
    assert.deepEqual(labels('Ferry fares will rise by a tenth, the firm claims.'), ['attributed']);
  });

  it('reads "Downing Street" as the speaker wherever it stands', () => {
    assert.deepEqual(labels('Downing Street said the visit would go ahead.'), ['attributed']);
    assert.deepEqual(labels('But Downing Street said she was speaking as a lawyer.'), [
      'attributed',
    ]);
  });

  it('reads a study or a firm speaking as "it" when it finds or believes', () => {
    assert.deepEqual(
      labels(
        'A survey of 2,000 homes was published on Monday. It found that half of them had no smoke alarm. It also believes that fires will fall.',
      ),
      ['fact', 'attributed', 'attributed'],
    );
  });

  it('finds a subject with two phrases hanging on it', () => {
    assert.deepEqual(
      labels(
        "But a spokesman for the city's Ferry Board on the Harbour Council said the ferry would run.",
      ),
      ['attributed'],
    );
  });
});
