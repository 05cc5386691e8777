import assert from 'node:assert/strict';
import { labelOf } from './helpers/short-article.ts';

describe('evidence that leads someone to a belief (ledToBelieve)', () => {
  it('reports the view of the one led to believe', () => {
    assert.equal(
      labelOf('The findings have led the researchers to believe that the site was a temple.'),
      'attributed',
    );
  });

  it('reports the view of the one led to conclude', () => {
    assert.equal(
      labelOf('The clues led police to conclude the fire was set deliberately.'),
      'attributed',
    );
  });

  it('leaves leading someone somewhere a fact', () => {
    assert.equal(labelOf('The path led the hikers to the lake.'), 'fact');
  });
});
