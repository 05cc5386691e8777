import assert from 'node:assert/strict';
import { labels } from './helpers/short-article.ts';

describe('reports round 56 showed', () => {
  it('reads wanting something to be done, a giant’s hope and a claim after an age as stances and claims', () => {
    assert.deepEqual(
      labels(
        'The UK, France and Sweden want the EU budget to be capped.\n\nThe Japanese gaming giant hopes the DS will keep its lead.\n\nViktor Makarov, 50, claims he has been betrayed.',
      ),
      ['attributed', 'attributed', 'attributed'],
    );
  });
});
