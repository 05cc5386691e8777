import assert from 'node:assert/strict';
import { labels } from './helpers/short-article.ts';

describe('reports round 51 showed', () => {
  it('reads comments made, speaking out and an appeal for something as words said', () => {
    assert.deepEqual(
      labels(
        'The head of the church made the comments on BBC Radio 4.\n\nHe and the archbishop have both spoken out about the war.\n\nBoth men appealed for the inspectors to be given more time.',
      ),
      ['attributed', 'attributed', 'attributed'],
    );
  });

  it('keeps tea made and a film appealing to children plain', () => {
    assert.deepEqual(labels('He made the tea.\n\nThe film appeals to children.'), ['fact', 'fact']);
  });

  it('reads a memory recalled with a gerund as told', () => {
    assert.deepEqual(labels('Clapton recalled seeing him play as a teenager.'), ['attributed']);
  });

  it('reads someone widely tipped as something as pundits’ forecast', () => {
    assert.deepEqual(
      labels('Kate Beckinsale had been widely tipped as a possibility for the role.'),
      ['attributed'],
    );
  });

  it('finds the subject after a date when a possessive opens it', () => {
    assert.deepEqual(labels('But in 2003 her employers told her she had no future.'), [
      'attributed',
    ]);
  });
});
