import assert from 'node:assert/strict';
import { labels } from './helpers/short-article.ts';

// Session 7: general causes of false and missed framing, each with a sentence written for the test.

describe('framing causes (session 7)', () => {
  it('lets quoted terms decide only beside a cue of the writer\'s own ("granted "asylum" status on "humanitarian" grounds")', () => {
    // news quotes a term to cite the wording of a rule, a prize or a status, however many terms it quotes
    assert.deepEqual(
      labels('The family was granted "asylum" status on "humanitarian" grounds last spring.'),
      ['fact'],
    );
    assert.deepEqual(
      labels('The club was given a trophy for "steady improvement" at the county show.'),
      ['fact'],
    );
    // beside a degree word of the writer's, the quoted term still tips the sentence
    assert.deepEqual(labels('The council defends its deeply flawed "reform" of the bus routes.'), [
      'framing',
    ]);
  });
});
