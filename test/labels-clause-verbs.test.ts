import assert from 'node:assert/strict';
import { labels } from './helpers/short-article.ts';

// Verbs that report only with a clause after them (session 7 sprint); every sentence is written for the test.

describe('verbs that report a clause', () => {
  it('reads "felt (that) <clause>" as a belief reported, "felt the tremor" and "felt sick" as fact', () => {
    assert.deepEqual(
      labels(
        'The envoy felt the visit was a success. The coach felt that the referee was unfair. Residents felt the tremor at noon. She felt sick after the meal.',
      ),
      ['attributed', 'attributed', 'fact', 'fact'],
    );
  });

  it('reads "requested that <clause>" as attributed, "requested donations" as fact', () => {
    assert.deepEqual(
      labels(
        'The union has requested that the city release the two workers. The pastor requested donations through a post on his blog.',
      ),
      ['attributed', 'fact'],
    );
  });

  it('reads "made clear that" and "voiced its hope that" as reports, "made clear progress" as fact', () => {
    assert.deepEqual(
      labels(
        'Officials made clear that the permit would not cover the border. The chamber of trade voiced its hope that the talks would resume. The team made clear progress this season.',
      ),
      ['attributed', 'attributed', 'fact'],
    );
  });
});
