import assert from 'node:assert/strict';
import { analyzeArticle } from '../server/analysis/index.ts';
import { labels } from './helpers/short-article.ts';

const headlineLabel = (headline: string) =>
  analyzeArticle(`${headline}\n\nThe plan was published on Monday.`).sentences[0]!.label;

describe('reports round 47 showed', () => {
  it('reads a plan put forward or set out as its makers’ claim', () => {
    assert.deepEqual(
      labels(
        'The Conservative Party has put forward plans to revert to the old system.\n\nThe council set out proposals for a new bridge.',
      ),
      ['attributed', 'attributed'],
    );
  });

  it('reads clocks put forward and chairs set out as acts', () => {
    assert.deepEqual(
      labels('He put forward the clocks.\n\nThey set out the chairs for the meeting.'),
      ['fact', 'fact'],
    );
  });

  it('reads a headline opening with concerns at something as others’ stance', () => {
    assert.equal(headlineLabel('Concerns at school diploma plan'), 'attributed');
  });

  it('reads a plain noun between a name and a noun as a compound, no verb of saying', () => {
    assert.equal(headlineLabel('S Korean credit card firm rescued'), 'fact');
  });
});

describe('framing round 47 showed', () => {
  it('reads "a more likely scenario" as the writer’s forecast', () => {
    assert.deepEqual(labels('A more likely scenario is for Bell to be drafted in.'), ['framing']);
  });

  it('keeps "more likely to" with its comparison a measured fact', () => {
    assert.deepEqual(labels('Women are more likely to vote than men.'), ['fact']);
  });
});
