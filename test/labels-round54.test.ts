import assert from 'node:assert/strict';
import { labels } from './helpers/short-article.ts';

describe('reports round 54 showed', () => {
  it('reads a body blaming something as "it" as its words', () => {
    assert.deepEqual(
      labels(
        'Heineken saw its profits drop by a third.\n\nIt blamed weak demand and currency losses.',
      ),
      ['fact', 'attributed'],
    );
  });

  it('reads "was told it was" as words passed on', () => {
    assert.deepEqual(labels('Mr Bradshaw was initially told it was an offence.'), ['attributed']);
  });

  it('reads wanting several people to do something as an aim held', () => {
    assert.deepEqual(
      labels('The coach wants Roddick and the rest of his team to play more tennis on clay.'),
      ['attributed'],
    );
  });
});
