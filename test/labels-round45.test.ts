import assert from 'node:assert/strict';
import { labels } from './helpers/short-article.ts';

describe('reports round 45 showed', () => {
  it('reads a perfect hearsay passive closing the sentence as others’ claim', () => {
    assert.deepEqual(labels('The party will meet in Leeds next year, it has been confirmed.'), [
      'attributed',
    ]);
  });

  it('reads analysts upbeat about prospects as their view', () => {
    assert.deepEqual(labels('Many analysts were upbeat about the prospects for the harbour.'), [
      'attributed',
    ]);
  });

  it('reads ministers wanting something as their stance', () => {
    assert.deepEqual(labels('Polish ministers want to see the text changed.'), ['attributed']);
  });

  it('reads a participle after "looked" as how someone seemed, no report', () => {
    assert.deepEqual(labels('He looked assured in a new position against the French.'), ['fact']);
  });
});
