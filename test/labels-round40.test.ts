import assert from 'node:assert/strict';
import { labels } from './helpers/short-article.ts';

describe('reports round 40 showed', () => {
  it('reads those a survey asked as a source', () => {
    assert.deepEqual(
      labels(
        'In Spain 40% of those questioned said they cook every day. Many of those surveyed said they eat late. Those polled said they liked it.',
      ),
      ['attributed', 'attributed', 'attributed'],
    );
  });

  it('reads a study that "showed" as "it" speaking', () => {
    assert.deepEqual(
      labels(
        'A study by the Harbour Trust looked at 500 homes. It showed that most homes waste heat.',
      ),
      ['fact', 'attributed'],
    );
  });

  it('reads a wish inside "what they want when they want to" as nobody’s stance', () => {
    assert.deepEqual(
      labels('The service lets people watch what they want when they want to watch it.'),
      ['fact'],
    );
  });
});
