import assert from 'node:assert/strict';
import { labels } from './helpers/short-article.ts';

describe('criticism received, named or not', () => {
  it('reads coming under fire for something, in for criticism, or criticism received as others’ stance', () => {
    assert.deepEqual(
      labels(
        'The ferry timetable came under fire for leaving out the islands. The harbour board came in for criticism over the fares. It has received criticism that it ignores the islanders.',
      ),
      ['attributed', 'attributed', 'attributed'],
    );
  });

  it('reads troops coming under fire as an event', () => {
    assert.deepEqual(labels('The troops came under fire near the border.'), ['fact']);
  });
});

describe('sources and acts round 34 showed', () => {
  it('reads a survey for someone as the survey speaking', () => {
    assert.deepEqual(labels('A survey for the charity suggests most islanders always vote.'), [
      'attributed',
    ]);
  });

  it('reads a gerund with its object in a time phrase as no report', () => {
    assert.deepEqual(
      labels(
        "Tom Hale's return to Kenya, 20 years after originally reporting its drought, topped the factual category.",
      ),
      ['fact'],
    );
  });
});
