import assert from 'node:assert/strict';
import { labels } from './helpers/short-article.ts';

describe('reports round 39 showed', () => {
  it('reads someone "reported as saying" as that person’s words', () => {
    assert.deepEqual(
      labels('The port will reopen in May, harbour master Ann Lee has been reported as saying.'),
      ['attributed'],
    );
  });

  it('reads a recommendation with a clause and no "that" as the recommender’s', () => {
    assert.deepEqual(labels('The review recommended the clubs have a say in the fixtures.'), [
      'attributed',
    ]);
  });

  it('reads playing down a hope or a fear, and making no secret of a wish, as stated stances', () => {
    assert.deepEqual(
      labels(
        'The mayor played down fears of a strike. Lee has made no secret of her wish to lead the party.',
      ),
      ['attributed', 'attributed'],
    );
  });

  it('reads playing down a wing as a game', () => {
    assert.deepEqual(labels('The winger played down the left flank all night.'), ['fact']);
  });

  it('reads a change in a quantity that explains something as no speaker', () => {
    assert.deepEqual(labels('The gap can be explained by a rise in the number of students.'), [
      'fact',
    ]);
  });
});
