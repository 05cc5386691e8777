import assert from 'node:assert/strict';
import { labels } from './helpers/short-article.ts';

describe('reports round 72 showed', () => {
  it('reads a return not ruled out as a stance stated', () => {
    assert.deepEqual(
      labels('Mr Lowe, who stepped down in 2001, does not rule out a return to the front bench.'),
      ['attributed'],
    );
  });

  it('reads what a change highlights as the writer’s inference, what a report highlights as its finding', () => {
    assert.deepEqual(
      labels(
        'The change highlights the growing importance of the port.\n\nThe report highlights the growing gap.',
      ),
      ['fact', 'attributed'],
    );
  });

  it('reads a view of something "as being" so as a view held', () => {
    assert.deepEqual(
      labels('Analysts see two spurs to future growth as being lower tariffs and new markets.'),
      ['attributed'],
    );
  });

  it('reads a charge laid in a clause joined by "and" as the subject’s', () => {
    assert.deepEqual(
      labels('The former host has quit the party and accused it of betraying its voters.'),
      ['attributed'],
    );
  });

  it('reads a top spot claimed as won', () => {
    assert.deepEqual(labels('Canada claimed top spot in Group B with three wins.'), ['fact']);
  });
});

describe('reports round 73 showed', () => {
  it('reads a warning issued as words given, by a body named as "it" too', () => {
    assert.deepEqual(
      labels(
        'Security firms are issuing high-level warnings about the new worm.\n\nThe firm studied the traffic. It issued the warning after the launch.',
      ),
      ['attributed', 'fact', 'attributed'],
    );
  });
});
