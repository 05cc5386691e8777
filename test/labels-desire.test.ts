import assert from 'node:assert/strict';
import { labels } from './helpers/short-article.ts';

describe('an aim told as someone’s', () => {
  it('reads a hope, a want or a resolve of a named or described source as its stance', () => {
    assert.deepEqual(
      labels(
        'Organisers hope to raise 250,000 pounds from the show. The ferry firm wants the council to cut its fees. Ruddock, though, is keen to rest his players. The 24-year-old striker is determined to see out his contract.',
      ),
      ['attributed', 'attributed', 'attributed', 'attributed'],
    );
  });

  it('reads "it" hoping after a body as the body’s aim', () => {
    assert.deepEqual(
      labels('The ferry firm expects a hard year. It hopes summer fares will bring in more money.'),
      ['attributed', 'attributed'],
    );
  });

  it('leaves the writer’s "we" and anyone at all holding no source’s aim', () => {
    assert.notEqual(labels('We hope to see you at the harbour.')[0], 'attributed');
    assert.notEqual(
      labels('Anyone who wants to volunteer can sign up at the library.')[0],
      'attributed',
    );
  });

  it('lets the writer’s own framing words decide over an aim put on others', () => {
    assert.deepEqual(
      labels('The council wants to destroy our beautiful harbour with this disgraceful scheme.'),
      ['framing'],
    );
  });
});
